package org.veille.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A byte stream that knows its position and can go back over the bytes it read recently, so that a
 * reader that finds a record corrupt can look for the next record from just after the bad record's
 * start rather than from wherever the damage was noticed.
 *
 * <p>Bytes are kept from the last {@link #keepFromHere()} on, up to {@code window} bytes: beyond
 * that the oldest half is dropped, so memory stays bounded however long a record is, and going back
 * is then possible only over the most recent bytes. Single-threaded.
 */
final class RewindableInput extends InputStream {
    private final InputStream in;
    private final int window;
    private byte[] kept = new byte[8192];
    /** Position of {@code kept[0]}. */
    private long keptStart;
    private int keptLength;
    /** Next byte to read: inside the kept bytes while replaying, else their end. */
    private long position;

    RewindableInput(InputStream in, int window) {
        this.in = Objects.requireNonNull(in, "in");
        if (window < 1024) {
            throw new IllegalArgumentException("window too small: " + window);
        }
        this.window = window;
    }

    /** How many bytes were read so far (after any rewinding): the offset of the next byte. */
    long position() {
        return position;
    }

    /** Forgets the bytes before the current position: nothing before it will be needed again. */
    void keepFromHere() {
        int drop = (int) (position - keptStart);
        System.arraycopy(kept, drop, kept, 0, keptLength - drop);
        keptLength -= drop;
        keptStart = position;
    }

    /** True when the bytes from {@code target} on are still kept, so {@link #rewindTo} can go there. */
    boolean canRewindTo(long target) {
        return target >= keptStart && target <= position;
    }

    /** The earliest position still kept: how far back {@link #rewindTo} can go. */
    long earliestKept() {
        return keptStart;
    }

    /** Reads again from {@code target}, a position {@link #canRewindTo can be rewound to}. */
    void rewindTo(long target) {
        if (!canRewindTo(target)) {
            throw new IllegalStateException("cannot go back to " + target + ": bytes kept from " + keptStart
                    + " to " + position);
        }
        position = target;
    }

    @Override
    public int read() throws IOException {
        long end = keptStart + keptLength;
        if (position < end) {
            return kept[(int) (position++ - keptStart)] & 0xff;
        }
        int b = in.read();
        if (b >= 0) {
            makeRoom(1);
            kept[keptLength++] = (byte) b;
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        long end = keptStart + keptLength;
        if (position < end) {
            int n = (int) Math.min(length, end - position);
            System.arraycopy(kept, (int) (position - keptStart), buffer, offset, n);
            position += n;
            return n;
        }
        int n = in.read(buffer, offset, Math.min(length, window / 2));
        if (n > 0) {
            makeRoom(n);
            System.arraycopy(buffer, offset, kept, keptLength, n);
            keptLength += n;
            position += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(8192, Math.max(1, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    /** Makes room to keep {@code n} more bytes (n at most window/2), dropping the oldest half when full. */
    private void makeRoom(int n) {
        if (keptLength + n > window) {
            int drop = Math.max(keptLength - window / 2, keptLength + n - window);
            System.arraycopy(kept, drop, kept, 0, keptLength - drop);
            keptLength -= drop;
            keptStart += drop;
        }
        if (keptLength + n > kept.length) {
            kept = Arrays.copyOf(kept, Math.min(window, Math.max(kept.length * 2, keptLength + n)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
