package org.veille.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How a byte sequence fares as UTF-8: counts of well-formed multi-byte sequences and of bytes that
 * cannot be UTF-8 (stray continuation bytes, truncated or overlong sequences, surrogates, values
 * above U+10FFFF). Valid UTF-8 with several multi-byte sequences is almost never an accident in
 * another encoding, which makes this the strongest sniffing signal there is.
 *
 * @param multibyte number of well-formed sequences of 2 to 4 bytes
 * @param invalid   number of bytes that are not part of a well-formed sequence
 */
record Utf8Scan(long multibyte, long invalid) {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    static Utf8Scan of(ByteBuffer bytes) {
        if (bytes.hasArray()) {
            return of(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.arrayOffset() + bytes.limit());
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.duplicate().get(copy);
        return of(copy, 0, copy.length);
    }

    /** Scans {@code bytes[start, end)}; works on the array because this runs on every document. */
    static Utf8Scan of(byte[] bytes, int start, int end) {
        long multibyte = 0;
        long invalid = 0;
        int i = start;
        while (i < end) {
            // Markup is mostly ASCII: skip it eight bytes at a time while no byte has its high bit set.
            while (i + Long.BYTES <= end && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= end) {
                break;
            }
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, end);
            if (length == 0) {
                invalid++;
                i++;
            } else {
                multibyte++;
                i += length;
            }
        }
        return new Utf8Scan(multibyte, invalid);
    }

    /** Valid UTF-8 that uses at least one non-ASCII character. */
    boolean isValidWithMultibyte() {
        return invalid == 0 && multibyte > 0;
    }

    boolean isPureAscii() {
        return invalid == 0 && multibyte == 0;
    }

    /** Length of the well-formed sequence starting at {@code i}, or 0 (Unicode Table 3-7). */
    static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        int length;
        int lo = 0x80;
        int hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0) {
                lo = 0xa0; // no overlong forms
            } else if (c == 0xed) {
                hi = 0x9f; // no surrogates
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f; // nothing above U+10FFFF
            }
        } else {
            return 0;
        }
        if (i + length > end) {
            return 0;
        }
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = b[i + k] & 0xff;
            if (next < 0x80 || next > 0xbf) {
                return 0;
            }
        }
        return length;
    }
}
