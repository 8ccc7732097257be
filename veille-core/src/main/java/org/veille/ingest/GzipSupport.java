package org.veille.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Recognises and undoes gzip. Detection is by the two-byte signature, so a compressed file is read
 * correctly whatever its name, and a {@code .gz} name on plain bytes is reported rather than guessed.
 */
final class GzipSupport {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;

    private GzipSupport() {
    }

    static boolean hasSignature(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == MAGIC_1 && (bytes[1] & 0xff) == MAGIC_2;
    }

    /**
     * Wraps {@code in} in a decompressor when it starts with the gzip signature, or when
     * {@code expectGzip} (a {@code .gz} name) says it must; otherwise returns it buffered, unchanged.
     *
     * @throws ZipException when gzip is expected and the signature is missing
     */
    static InputStream maybeDecompress(InputStream in, boolean expectGzip) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == MAGIC_1 && second == MAGIC_2) {
            return new GZIPInputStream(buffered);
        }
        if (expectGzip) {
            throw new ZipException("Not in GZIP format (no gzip signature)");
        }
        return buffered;
    }

    /** True when {@code in} came from {@link #maybeDecompress} and undoes gzip. */
    static boolean isDecompressing(InputStream in) {
        return in instanceof GZIPInputStream;
    }

    /** True when {@code e} means the compressed data itself is bad rather than the device. */
    static boolean isCorruption(IOException e) {
        return e instanceof ZipException || e instanceof EOFException;
    }

    /** A sentence describing corrupt gzip data: {@code "truncated gzip data"} or the decoder's complaint. */
    static String describeCorruption(IOException e) {
        if (e instanceof EOFException) {
            return "truncated gzip data (unexpected end of stream)";
        }
        return "corrupt gzip data (" + e.getMessage() + ")";
    }
}
