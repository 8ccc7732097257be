package org.veille.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream without ever holding more than a cap, so a huge or endless input cannot exhaust memory. */
final class BoundedReader {
    private static final int CHUNK = 64 * 1024;

    private BoundedReader() {
    }

    /**
     * Reads until end of stream or until {@code limit + 1} bytes have been read, whichever comes
     * first. A result longer than {@code limit} means the stream exceeds it; the extra byte is how
     * the caller tells "exactly at the cap" from "over it" without reading further.
     */
    static byte[] readUpTo(InputStream in, long limit) throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        long wanted = limit + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(wanted, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        while (total < wanted) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, wanted - total));
            if (n < 0) {
                break;
            }
            out.write(chunk, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
