package org.veille.ingest.warc;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.ErrorKind;

/**
 * Reads one web archive ({@code .warc} or {@code .warc.gz}) from a stream, lazily, record by
 * record, in file order, yielding a {@link DocumentInput} per page.
 *
 * <p>Only {@code response} records holding an HTTP 200 response with an HTML or text payload become
 * documents; the others are skipped and counted by {@link SkipReason}, as are records the
 * {@link ArchiveFilter} excludes (checked on the WARC header, before anything else is parsed). Each
 * document holds its payload, HTTP encodings undone, with a {@link org.veille.model.FetchMetadata}:
 * the target URI as final URL, the HTTP status and Content-Type (whose charset the decoder uses),
 * the {@code WARC-Date} as fetch time and {@code name#offset} as archive position.
 *
 * <p>Every record read gives one output, a document or a failing input, or one counted skip. A
 * damaged record (a header that does not parse, a block cut short or not followed by the blank line
 * that ends a record, corrupt gzip data up to the end of the record's member, bytes between records
 * that are no record) yields one failing input whose error names the archive and offset, and reading
 * goes on from the next record that can be found: the next {@code WARC/1.x} line in the same bytes
 * (a plain {@code .warc}, or the rest of a gzip member), else the next intact gzip member. An
 * unexpected exception is one failing input saying where reading stopped, never thrown. A payload over the size
 * cap yields a {@code TOO_LARGE} failing input. Nothing of the archive is held beyond the current
 * record's payload and a bounded look-back window used to find the next record after damage.
 *
 * <p>The reader closes its stream when the archive is exhausted, and on {@link #close()}. It is
 * single-threaded; the inputs it yields may be processed on any thread. It knows nothing of the
 * command line, so a cluster task can call it as the CLI does.
 */
public final class ArchiveReader implements Iterator<DocumentInput>, Closeable {
    /** Compressed bytes kept to look back for the next gzip member after damage. */
    private static final int GZIP_WINDOW = 1 << 20;
    /** Bytes of a plain archive kept to look back for the next record after damage. */
    private static final int PLAIN_WINDOW = 4 << 20;
    /**
     * Bytes read ahead to tell an archive from other data: room for the largest gzip header
     * {@link GzipMembers} accepts (64 KiB of extra field, two 1 KiB texts) and the first bytes of data.
     */
    private static final int DETECTION_PREFIX = 1 << 17;
    private static final int GZIP_ID1 = 0x1f;
    private static final int GZIP_ID2 = 0x8b;

    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final String name;
    /** Why the stream is no archive at all, or null. */
    private final Refusal refusal;
    private final RecordParser parser;
    private final Framing framing;
    private DocumentInput next;
    private boolean finished;
    private long documents;
    private long failed;
    private final TreeMap<String, Long> skipped = new TreeMap<>();

    /** A stream refused as a whole: empty, or not an archive. */
    private record Refusal(ErrorKind kind, String message) {
    }

    private ArchiveReader(String name, Framing framing, RecordParser parser, Refusal refusal) {
        this.name = name;
        this.refusal = refusal;
        this.framing = framing;
        this.parser = parser;
    }

    /**
     * A reader over {@code in}, compressed or not (told by the gzip signature, not by the name).
     *
     * @param archiveName the file name or URI the archive is known by, used in {@code Source.archive}
     *                    ({@code name#offset}) and in error messages
     */
    public static ArchiveReader open(InputStream in, String archiveName, IngestSettings settings, ArchiveFilter filter) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(archiveName, "archiveName");
        RecordParser parser = new RecordParser(archiveName, Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(filter, "filter"));
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        Framing framing;
        Refusal refusal;
        try {
            boolean gzip = isGzip(buffered);
            refusal = refusal(buffered, gzip, archiveName);
            framing = gzip
                    ? new GzipFraming(new GzipMembers(new RewindableInput(buffered, GZIP_WINDOW)))
                    : new PlainFraming(new RewindableInput(buffered, PLAIN_WINDOW));
        } catch (IOException e) {
            // Nothing could be read: the first call yields the failure.
            framing = new PlainFraming(new RewindableInput(new FailingStream(e), PLAIN_WINDOW));
            refusal = null;
        }
        return new ArchiveReader(archiveName, framing, parser, refusal);
    }

    /**
     * Why the stream is refused as a whole (empty, or its first bytes, decompressed, are not
     * {@code WARC/}), or null. Told at once so that, say, a gzipped page named {@code .warc.gz} gives one clear error
     * rather than a search through the whole file for a record.
     */
    private static Refusal refusal(BufferedInputStream in, boolean gzip, String name) throws IOException {
        // Told from a prefix read once, so that a long first gzip header cannot outrun the mark.
        in.mark(DETECTION_PREFIX);
        byte[] prefix = in.readNBytes(DETECTION_PREFIX);
        in.reset();
        byte[] start;
        try {
            InputStream content = new ByteArrayInputStream(prefix);
            start = (gzip ? new GZIPInputStream(content, 512) : content).readNBytes(WARC_MAGIC.length);
        } catch (IOException e) {
            // Damaged, or a first header longer than the prefix: the framing will say which.
            start = WARC_MAGIC;
        }
        if (start.length == 0) {
            return new Refusal(ErrorKind.EMPTY, name + " is empty: it holds no record");
        }
        if (Arrays.equals(start, WARC_MAGIC)) {
            return null;
        }
        return new Refusal(ErrorKind.UNREADABLE, name + " is not a web archive: it does not start with a WARC record"
                + (gzip ? " (it is gzip data, but not a .warc.gz)" : ""));
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_ID1 && second == GZIP_ID2;
    }

    /** Counts so far: records read, documents yielded, skipped by reason, failed. */
    public ArchiveCounts counts() {
        // Every record ends as exactly one of these, so their sum is the records read.
        long records = documents + failed + skipped.values().stream().mapToLong(Long::longValue).sum();
        return new ArchiveCounts(records, documents, failed, skipped);
    }

    /** The name the archive is known by. */
    public String name() {
        return name;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public DocumentInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DocumentInput result = next;
        next = null;
        return result;
    }

    /**
     * The next document or failure, skipping records as counted; null at the end. Each record is
     * counted once, when its outcome is known, and gives at most one input.
     */
    private DocumentInput advance() {
        if (refusal != null) {
            failed++;
            end();
            return DocumentInput.failing(name, refusal.kind(), refusal.message());
        }
        while (true) {
            long offset = framing.recordOffset();
            try {
                if (!framing.nextRecord()) {
                    end();
                    return null;
                }
                offset = framing.recordOffset();
                RecordOutcome outcome = parser.read(framing.data(), offset);
                boolean lostTrack = outcome instanceof RecordOutcome.Failed failure && failure.lostTrack();
                if (!lostTrack) {
                    // Damage up to the end of the record's gzip member is this record's: it throws here.
                    framing.endRecord();
                }
                if (outcome instanceof RecordOutcome.Document document) {
                    documents++;
                    return document.input();
                }
                if (outcome instanceof RecordOutcome.Skipped skip) {
                    skipped.merge(skip.reason().key(), 1L, Long::sum);
                    continue;
                }
                RecordOutcome.Failed failure = (RecordOutcome.Failed) outcome;
                failed++;
                String message = failure.message();
                if (lostTrack) {
                    message += "; " + recover(false);
                }
                return DocumentInput.failingInArchive(failure.uri(), failure.kind(), message, name + "#" + offset);
            } catch (ArchiveDamage e) {
                failed++;
                String at = name + "#" + framing.recordOffset();
                String message = "damaged archive data at " + at + ": " + e.getMessage() + "; " + recover(true);
                return DocumentInput.failingInArchive(at, ErrorKind.UNREADABLE, message, at);
            } catch (IOException | RuntimeException e) {
                // Unreadable bytes, or a bug of ours or of a library on strange ones: one error record
                // rather than a run stopped by an exception.
                return stopped(offset, e);
            }
        }
    }

    /** The failure of a record whose reading stopped the archive's: counted, and the end. */
    private DocumentInput stopped(long offset, Exception e) {
        failed++;
        end();
        String at = name + "#" + offset;
        return DocumentInput.failingInArchive(at, ErrorKind.UNREADABLE, "cannot read " + name + " at offset " + offset
                + ": " + RecordParser.describe(e) + "; reading stopped there", at);
    }

    /** Moves past a damaged record; says where reading goes on, or that it stopped. Never throws. */
    private String recover(boolean compressionDamage) {
        try {
            boolean found = framing.recover(compressionDamage);
            long unsearched = framing.unsearchedBytes();
            String lost = unsearched == 0 ? "" : "; the " + unsearched + " bytes after its start had already gone by"
                    + " and could not be searched, so any record in them is lost, uncounted";
            if (found) {
                return "reading goes on after it" + lost;
            }
            end();
            return "nothing readable after it (reading stopped)" + lost;
        } catch (IOException | RuntimeException e) {
            end();
            return "looking for the next record failed, reading stopped: " + RecordParser.describe(e);
        }
    }

    private void end() {
        finished = true;
        closeQuietly();
    }

    @Override
    public void close() {
        finished = true;
        next = null;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            framing.close();
        } catch (IOException e) {
            // Closing after reading: nothing left to lose.
        }
    }

    /** A stream whose first read fails as opening it did. */
    private static final class FailingStream extends InputStream {
        private final IOException failure;

        FailingStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }
    }
}
