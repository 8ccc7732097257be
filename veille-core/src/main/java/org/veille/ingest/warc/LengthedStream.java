package org.veille.ingest.warc;

import java.io.IOException;
import java.io.InputStream;

/**
 * A record's block: exactly the bytes its {@code Content-Length} announces, read from the archive
 * without going past them, noting when the archive ends first.
 */
final class LengthedStream extends InputStream {
    private final InputStream in;
    private final long length;
    private long consumed;
    private boolean cutShort;

    LengthedStream(InputStream in, long length) {
        this.in = in;
        this.length = length;
    }

    @Override
    public int read() throws IOException {
        if (consumed >= length) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            cutShort = true;
            return -1;
        }
        consumed++;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        if (consumed >= length) {
            return -1;
        }
        int r = in.read(buffer, offset, (int) Math.min(n, length - consumed));
        if (r < 0) {
            cutShort = true;
            return -1;
        }
        consumed += r;
        return r;
    }

    /** Reads past what is left of the block, without keeping it. */
    void skipRest() throws IOException {
        byte[] scratch = new byte[8192];
        while (read(scratch, 0, scratch.length) >= 0) {
            // discard
        }
    }

    /** True when the archive ended before the block did. */
    boolean cutShort() {
        return cutShort;
    }

    long consumed() {
        return consumed;
    }

    @Override
    public void close() {
        // The archive stays open: the next record follows.
    }
}
