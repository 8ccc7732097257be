package org.veille.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The members of a gzip file, one at a time, with the offset each starts at in the compressed file.
 *
 * <p>A {@code .warc.gz} file is a series of gzip members, one per record (the WARC standard's
 * advice, which every crawler follows), so a member's offset is where a reader can seek to read that
 * record alone. Written over {@link Inflater} rather than {@code GZIPInputStream} because the latter
 * hides member boundaries and cannot recover from a damaged member: here a member whose data is
 * corrupt or cut throws from {@link #member()}, and {@link #resync} finds the next member that holds a
 * WARC record, scanning from just after the damaged member's start.
 */
final class GzipMembers implements AutoCloseable {
    private static final int ID1 = 0x1f;
    private static final int ID2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    /**
     * Longest file name or comment accepted in a member header. Crawlers write none or a short
     * one; the cap keeps a stray {@code 1f 8b} met while searching after damage from reading
     * megabytes in search of the NUL that would end a name.
     */
    static final int MAX_HEADER_TEXT = 1024;
    /**
     * Compressed bytes a candidate member may take, header included, to give the first bytes of a
     * record: a header is at most 64 KiB of extra field and two capped texts, and a real member
     * gives its first bytes within a few hundred more. Well under half the look-back window, so the
     * search can always go back to just after the candidate.
     */
    static final int MAX_PROBE_BYTES = 128 * 1024;

    private final RewindableInput raw;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] chunk = new byte[8192];
    private final MemberStream stream = new MemberStream();
    private long memberStart = -1;
    private long inflatedSize;
    private boolean inMember;
    /** While telling whether a candidate is a member: the compressed bytes it may take; else -1. */
    private long probeLimit = -1;
    /** Compressed bytes the last resync could not search, gone from the look-back window. */
    private long unsearched;

    GzipMembers(RewindableInput raw) {
        this.raw = raw;
    }

    /** Where the member last started (or tried to start) begins in the compressed file. */
    long lastMemberStart() {
        return memberStart;
    }

    /** Whether any byte is left after the current member. */
    boolean hasMore() throws IOException {
        if (raw.read() < 0) {
            return false;
        }
        raw.rewindTo(raw.position() - 1);
        return true;
    }

    /**
     * Starts the next member. False at the end of the file.
     *
     * @throws ArchiveDamage when the bytes there are not a gzip member header
     */
    boolean nextMember() throws IOException {
        raw.keepFromHere();
        memberStart = raw.position();
        int first = raw.read();
        if (first < 0) {
            return false;
        }
        readHeader(first);
        inflater.reset();
        crc.reset();
        inflatedSize = 0;
        inMember = true;
        return true;
    }

    /** The current member's bytes, ending at its end; reading may throw for damaged data. */
    InputStream member() {
        return stream;
    }

    /**
     * After damage in the member that started at {@code damagedStart}: moves to the next gzip member
     * whose first bytes are a WARC record. Returns false when none is left.
     */
    boolean resync(long damagedStart) throws IOException {
        inMember = false;
        long from = Math.min(raw.position(), Math.max(damagedStart + 1, raw.earliestKept()));
        unsearched = Math.max(0, from - (damagedStart + 1));
        raw.rewindTo(from);
        int previous = -1;
        while (true) {
            int b = raw.read();
            if (b < 0) {
                return false;
            }
            if (previous == ID1 && b == ID2) {
                long candidate = raw.position() - 2;
                if (startsWarcRecord(candidate)) {
                    raw.rewindTo(candidate);
                    return true;
                }
                // The probe is bounded well within the window; should it not be, search on from here.
                if (raw.canRewindTo(candidate + 2)) {
                    raw.rewindTo(candidate + 2);
                }
                previous = -1;
                continue;
            }
            previous = b;
        }
    }

    /** Compressed bytes the last {@link #resync} could not search: they had left the look-back window. */
    long unsearchedBytes() {
        return unsearched;
    }

    /** Whether a member starting at {@code candidate} decompresses to the start of a WARC record. */
    private boolean startsWarcRecord(long candidate) throws IOException {
        raw.rewindTo(candidate);
        raw.keepFromHere();
        probeLimit = candidate + MAX_PROBE_BYTES;
        try {
            if (!nextMember()) {
                return false;
            }
            byte[] start = new byte[WARC.length];
            int n = stream.readNBytes(start, 0, start.length);
            return n == start.length && Arrays.equals(start, WARC);
        } catch (IOException e) {
            return false;
        } finally {
            inMember = false;
            probeLimit = -1;
        }
    }

    private void readHeader(int first) throws IOException {
        int second = raw.read();
        if (first != ID1 || second != ID2) {
            throw new ArchiveDamage("bytes that are not a gzip member");
        }
        if (mustRead() != DEFLATE) {
            throw new ArchiveDamage("unknown gzip compression method");
        }
        int flags = mustRead();
        for (int i = 0; i < 6; i++) { // modification time, extra flags, operating system
            mustRead();
        }
        if ((flags & FEXTRA) != 0) {
            int length = mustRead() | (mustRead() << 8);
            for (int i = 0; i < length; i++) {
                mustRead();
            }
        }
        if ((flags & FNAME) != 0) {
            skipHeaderText("file name");
        }
        if ((flags & FCOMMENT) != 0) {
            skipHeaderText("comment");
        }
        if ((flags & FHCRC) != 0) {
            mustRead();
            mustRead();
        }
    }

    /** Skips a NUL-terminated header text (not needed), refusing one over {@link #MAX_HEADER_TEXT}. */
    private void skipHeaderText(String what) throws IOException {
        for (int i = 0; i <= MAX_HEADER_TEXT; i++) {
            if (mustRead() == 0) {
                return;
            }
        }
        throw new ArchiveDamage("gzip member header with a " + what + " over " + MAX_HEADER_TEXT + " bytes");
    }

    private int mustRead() throws IOException {
        int b = raw.read();
        if (b < 0) {
            throw new ArchiveDamage("gzip member cut short (the file ends inside it)");
        }
        return b;
    }

    /** Reads the CRC-32 and size that close a member and checks them against what was inflated. */
    private void finishMember() throws IOException {
        // The inflater may have been given bytes past the deflate data: hand them back first.
        raw.rewindTo(raw.position() - inflater.getRemaining());
        long storedCrc = readLittleEndianInt();
        long storedSize = readLittleEndianInt();
        if (storedCrc != crc.getValue()) {
            throw new ArchiveDamage("gzip member fails its CRC check");
        }
        if (storedSize != (inflatedSize & 0xffffffffL)) {
            throw new ArchiveDamage("gzip member size does not match its trailer");
        }
        inMember = false;
    }

    private long readLittleEndianInt() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) mustRead() << (8 * i);
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }

    /** The decompressed bytes of the current member. */
    private final class MemberStream extends InputStream {
        private final byte[] one = new byte[1];

        @Override
        public int read() throws IOException {
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (!inMember) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            try {
                while (true) {
                    int n = inflater.inflate(buffer, offset, length);
                    if (n > 0) {
                        crc.update(buffer, offset, n);
                        inflatedSize += n;
                    }
                    if (inflater.finished()) {
                        finishMember();
                        return n > 0 ? n : -1;
                    }
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.needsDictionary()) {
                        throw new ArchiveDamage("gzip member needs a preset dictionary");
                    }
                    if (inflater.needsInput()) {
                        if (probeLimit >= 0 && raw.position() >= probeLimit) {
                            throw new ArchiveDamage("no record start within " + MAX_PROBE_BYTES + " bytes");
                        }
                        int read = raw.read(chunk, 0, chunk.length);
                        if (read < 0) {
                            throw new ArchiveDamage("gzip member cut short (the file ends inside it)");
                        }
                        inflater.setInput(chunk, 0, read);
                    }
                }
            } catch (DataFormatException e) {
                throw new ArchiveDamage("corrupt deflate data (" + e.getMessage() + ")");
            }
        }
    }
}
