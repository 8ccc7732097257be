package org.veille.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Records of an uncompressed {@code .warc}: each starts where the previous one's block and blank
 * lines end. After a damaged record, the next is the first {@code WARC/1.x} version line after the
 * damaged record's first byte (its stated length cannot be trusted, so the search does not start
 * where that length ends), found even when damage glued it to the end of another line.
 */
final class PlainFraming implements Framing {
    private static final byte[] VERSION_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final RewindableInput in;
    private long recordStart;
    private long unsearched;

    PlainFraming(RewindableInput in) {
        this.in = in;
    }

    @Override
    public boolean nextRecord() throws IOException {
        if (!skipLineBreaks()) {
            return false;
        }
        in.keepFromHere();
        recordStart = in.position();
        return true;
    }

    @Override
    public void endRecord() throws IOException {
        skipLineBreaks();
    }

    /** Moves past line breaks to the next other byte, left unread; false at the end of the data. */
    private boolean skipLineBreaks() throws IOException {
        int b;
        do {
            b = in.read();
        } while (b == '\r' || b == '\n');
        if (b < 0) {
            return false;
        }
        in.rewindTo(in.position() - 1);
        return true;
    }

    @Override
    public long recordOffset() {
        return recordStart;
    }

    @Override
    public InputStream data() {
        return in;
    }

    @Override
    public boolean recover(boolean compressionDamage) throws IOException {
        long from = Math.min(in.position(), Math.max(recordStart + 1, in.earliestKept()));
        unsearched = Math.max(0, from - (recordStart + 1));
        in.rewindTo(from);
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b != VERSION_LINE[0]) {
                continue;
            }
            long candidate = in.position() - 1;
            // No keepFromHere() here: it would move every kept byte at every 'W', quadratic over a long
            // damaged stretch; the window always keeps the last few bytes a candidate needs.
            in.rewindTo(candidate);
            if (isVersionLine(in.readNBytes(VERSION_LINE.length + 3))) {
                in.rewindTo(candidate);
                return true;
            }
            in.rewindTo(candidate + 1);
        }
    }

    /**
     * {@code WARC/1.}, a digit and a line end. Not required to start a line: damage that cut a line
     * short glues the next record's first line to it.
     */
    private static boolean isVersionLine(byte[] bytes) {
        int n = VERSION_LINE.length;
        if (bytes.length < n + 2 || !Arrays.equals(bytes, 0, n, VERSION_LINE, 0, n)
                || bytes[n] < '0' || bytes[n] > '9') {
            return false;
        }
        return bytes[n + 1] == '\n' || bytes[n + 1] == '\r' && bytes.length > n + 2 && bytes[n + 2] == '\n';
    }

    @Override
    public long unsearchedBytes() {
        return unsearched;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
