package org.veille.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.veille.ingest.ByteSizes;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.ErrorKind;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;

/**
 * Reads one record at the current position of an archive's (decompressed) bytes, cheapest checks
 * first: the WARC header (type, host, date filters) before the HTTP header (status, content type)
 * before the payload, which is decoded (chunked transfer, gzip/deflate content encodings,
 * through jwarc) only for a page that is kept. The payload is read up to the size cap and no
 * further; the rest of the record is skipped, never held.
 */
final class RecordParser {
    /** WARC headers of real crawls are under 2 KB; anything this long is not a header. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    /** Payload types read as pages; a missing Content-Type is left to the decoder's sniffing. */
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final String archiveName;
    private final IngestSettings settings;
    private final ArchiveFilter filter;

    RecordParser(String archiveName, IngestSettings settings, ArchiveFilter filter) {
        this.archiveName = archiveName;
        this.settings = settings;
        this.filter = filter;
    }

    /**
     * Reads the record starting at {@code in}'s position, {@code offset} in the archive, leaving
     * {@code in} after its block and the blank line that ends it when the record could be followed
     * to its end. A record whose block is not followed by that blank line has a wrong length: it
     * fails, having lost track of where the next record starts.
     *
     * @throws ArchiveDamage when the compressed data is damaged
     * @throws IOException   when the device fails
     */
    RecordOutcome read(InputStream in, long offset) throws IOException {
        String at = archiveName + "#" + offset;
        byte[] header = readHeader(in);
        if (header == null) {
            return new RecordOutcome.Failed(at, ErrorKind.UNREADABLE, "no WARC record at " + at
                    + ": the bytes there are not a record header", true);
        }
        WarcRecord record;
        long length;
        try {
            WarcReader reader = new WarcReader(new ByteArrayInputStream(header));
            reader.setLenient(true);
            Optional<WarcRecord> parsed = reader.next();
            if (parsed.isEmpty()) {
                throw new EOFException("empty header");
            }
            record = parsed.get();
            length = Long.parseLong(record.headers().sole("Content-Length")
                    .orElseThrow(() -> new IOException("no Content-Length")).strip());
            if (length < 0) {
                throw new IOException("negative Content-Length");
            }
        } catch (IOException | RuntimeException e) {
            return new RecordOutcome.Failed(at, ErrorKind.UNREADABLE, "unreadable WARC header at " + at + ": "
                    + describe(e), true);
        }
        String target = record.headers().sole("WARC-Target-URI").map(RecordParser::unbracket).orElse(null);
        String uri = target == null || target.isBlank() ? at : target;
        LengthedStream block = new LengthedStream(in, length);
        RecordOutcome outcome;
        try {
            outcome = classify(record, target, uri, block, at);
        } catch (RuntimeException e) {
            // jwarc on a header that parsed but lacks what it needs, such as the WARC-Type:
            // this record's failure; its length is known, so reading goes on after its block.
            outcome = new RecordOutcome.Failed(uri, ErrorKind.UNREADABLE, "unreadable record at " + at + ": "
                    + describe(e), false);
        }
        block.skipRest();
        if (block.cutShort()) {
            return new RecordOutcome.Failed(uri, ErrorKind.UNREADABLE, "record at " + at + " is cut short: "
                    + block.consumed() + " of its " + length + " bytes are there", true);
        }
        if (!endsRecord(in)) {
            // A Content-Length a few bytes off would otherwise pass a page that is cut or carries
            // the next record's start, and lose or garble that next record.
            return new RecordOutcome.Failed(uri, ErrorKind.UNREADABLE, "record at " + at
                    + " does not end where its Content-Length says (" + length
                    + " bytes): no blank line after its block", true);
        }
        return outcome;
    }

    /**
     * Whether the bytes after a block are the blank line that ends a record: CRLF CRLF as the
     * standard says, or LF LF as some tools write it. The end of the data right after the block is
     * accepted too: the record is whole, only its closing line is missing.
     */
    private static boolean endsRecord(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return true;
        }
        if (first == '\n') {
            return in.read() == '\n';
        }
        return first == '\r' && in.read() == '\n' && in.read() == '\r' && in.read() == '\n';
    }

    private RecordOutcome classify(WarcRecord record, String target, String uri, LengthedStream block, String at)
            throws IOException {
        String type = record.headers().sole("WARC-Type").orElse(null);
        if (type == null) {
            return new RecordOutcome.Failed(uri, ErrorKind.UNREADABLE, "the WARC header at " + at
                    + " has no WARC-Type", false);
        }
        if (!"response".equals(type)) {
            return new RecordOutcome.Skipped(SkipReason.ofRecordType(type));
        }
        Instant captured = capturedAt(record);
        Optional<SkipReason> excluded = filter.exclude(target == null ? "" : target, captured);
        if (excluded.isPresent()) {
            return new RecordOutcome.Skipped(excluded.get());
        }
        String warcType = record.headers().sole("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (target == null || !warcType.startsWith("application/http")) {
            return new RecordOutcome.Skipped(SkipReason.NOT_HTTP);
        }
        HttpResponse http;
        try {
            http = HttpResponse.parse(Channels.newChannel(block));
        } catch (ArchiveDamage e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return new RecordOutcome.Failed(uri, ErrorKind.UNREADABLE, "unreadable HTTP header in the record at "
                    + at + ": " + describe(e), false);
        }
        if (http.status() != 200) {
            return new RecordOutcome.Skipped(SkipReason.NOT_200);
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (contentType != null && !PAGE_TYPES.contains(baseType(contentType))) {
            return new RecordOutcome.Skipped(SkipReason.NOT_HTML);
        }
        long cap = settings.maxBytes();
        byte[] payload;
        try {
            MessageBody body = http.bodyDecoded();
            payload = readUpTo(Channels.newInputStream(body), cap);
        } catch (ArchiveDamage e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return new RecordOutcome.Failed(uri, ErrorKind.UNREADABLE, "cannot decode the payload of the record at "
                    + at + ": " + describe(e), false);
        }
        if (payload.length > cap) {
            return new RecordOutcome.Failed(uri, ErrorKind.TOO_LARGE, "the payload of the record at " + at
                    + " is more than the " + ByteSizes.describe(cap) + " cap", false);
        }
        String fetched = captured == null ? null : captured.toString();
        // The payload array is this record's alone: the document wraps it read-only, without a copy.
        return new RecordOutcome.Document(DocumentInput.ofRead(new RawDocument(uri, ByteBuffer.wrap(payload),
                new FetchMetadata(target, http.status(), contentType, fetched, at))));
    }

    /**
     * The header bytes up to and including the blank line that ends them (or as many as there are
     * when the archive ends first: jwarc then says what is missing); null when the bytes there do
     * not start a WARC header.
     */
    private static byte[] readHeader(InputStream in) throws IOException {
        byte[] buffer = new byte[1024];
        int n = 0;
        int lineFeeds = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                // A header cut short: let jwarc report what is missing.
                return n >= MAGIC.length ? Arrays.copyOf(buffer, n) : null;
            }
            if (n < MAGIC.length && b != MAGIC[n]) {
                return null;
            }
            if (n == buffer.length) {
                if (n >= MAX_HEADER_BYTES) {
                    return null;
                }
                buffer = Arrays.copyOf(buffer, n * 2);
            }
            buffer[n++] = (byte) b;
            if (b == '\n') {
                if (++lineFeeds == 2) {
                    return Arrays.copyOf(buffer, n);
                }
            } else if (b != '\r') {
                lineFeeds = 0;
            }
        }
    }

    private static Instant capturedAt(WarcRecord record) {
        try {
            return record.headers().sole("WARC-Date").map(d -> Instant.parse(d.strip())).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Reads up to {@code cap + 1} bytes: one more than the cap tells a payload that is too large. */
    private static byte[] readUpTo(InputStream in, long cap) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    }

    static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }

    /** WARC 1.0 as some tools write it puts the target URI in angle brackets. */
    private static String unbracket(String uri) {
        String u = uri.strip();
        return u.startsWith("<") && u.endsWith(">") ? u.substring(1, u.length() - 1) : u;
    }

    /** An exception's message, or its class when it has none: what a reader is told went wrong. */
    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
