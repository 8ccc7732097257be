package org.veille.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Records of an uncompressed {@code .warc}: each starts where the previous one's block and blank
 * lines end. After a damaged record, the next is the first line starting {@code WARC/1.} after the
 * damaged record's first byte (its stated length cannot be trusted, so the search does not start
 * where that length ends).
 */
final class PlainFraming implements Framing {
    private static final byte[] VERSION_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final RewindableInput in;
    private long recordStart;

    PlainFraming(RewindableInput in) {
        this.in = in;
    }

    @Override
    public boolean nextRecord() throws IOException {
        int b;
        do {
            b = in.read();
        } while (b == '\r' || b == '\n');
        if (b < 0) {
            return false;
        }
        in.rewindTo(in.position() - 1);
        in.keepFromHere();
        recordStart = in.position();
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
        if (in.canRewindTo(recordStart + 1)) {
            in.rewindTo(recordStart + 1);
        }
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b != '\n') {
                continue;
            }
            long lineStart = in.position();
            in.keepFromHere();
            byte[] start = in.readNBytes(VERSION_LINE.length);
            if (java.util.Arrays.equals(start, VERSION_LINE)) {
                in.rewindTo(lineStart);
                return true;
            }
            in.rewindTo(lineStart);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
