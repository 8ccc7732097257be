package org.veille.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes well-formed UTF-8 about twice as fast as {@code new String(bytes, UTF_8)} does on web pages.
 *
 * <p>Pages are mostly ASCII markup with a few curly quotes, accents or dashes in the text. The JDK
 * decodes everything after the first character above U+00FF one byte at a time; here the ASCII runs
 * between non-ASCII characters are found eight bytes at a time and copied in bulk, and only the
 * non-ASCII sequences are decoded by hand. Well-formed UTF-8 has exactly one decoding, so the text is
 * the JDK's to the character; on the first malformed sequence this gives up and the caller decodes
 * with the JDK, whose replacement of bad bytes by U+FFFD stays the reference.
 */
final class Utf8Decoder {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Shorter ASCII runs are appended character by character: a bulk copy costs a string of its own. */
    private static final int BULK_RUN = 16;

    private Utf8Decoder() {
    }

    /** The text of {@code bytes[start, start + length)}, or null when they are not well-formed UTF-8. */
    static String decodeWellFormed(byte[] bytes, int start, int length) {
        int end = start + length;
        int i = start;
        int run = start;
        StringBuilder out = null;
        while (i < end) {
            while (i + Long.BYTES <= end && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            while (i < end && bytes[i] >= 0) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int sequence = Utf8Scan.sequenceLength(bytes, i, end);
            if (sequence == 0) {
                return null;
            }
            if (out == null) {
                out = new StringBuilder(length);
            }
            appendAscii(out, bytes, run, i);
            appendSequence(out, bytes, i, sequence);
            i += sequence;
            run = i;
        }
        if (out == null) {
            // Pure ASCII: the JDK copies it as it is.
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        appendAscii(out, bytes, run, end);
        return out.toString();
    }

    private static void appendAscii(StringBuilder out, byte[] bytes, int from, int to) {
        if (to - from >= BULK_RUN) {
            out.append(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
        } else {
            for (int k = from; k < to; k++) {
                out.append((char) bytes[k]);
            }
        }
    }

    /** Appends one well-formed sequence of 2 to 4 bytes (checked by {@link Utf8Scan#sequenceLength}). */
    private static void appendSequence(StringBuilder out, byte[] b, int i, int length) {
        int lead = b[i] & 0xff;
        switch (length) {
            case 2 -> out.append((char) (((lead & 0x1f) << 6) | (b[i + 1] & 0x3f)));
            case 3 -> out.append((char) (((lead & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)));
            default -> out.appendCodePoint(((lead & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12)
                    | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f));
        }
    }
}
