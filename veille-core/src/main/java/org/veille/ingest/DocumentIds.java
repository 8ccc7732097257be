package org.veille.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.veille.model.RawDocument;

/**
 * Record identifiers: the first 16 hex digits (64 bits) of a SHA-256. Hashing the bytes makes the
 * id stable across runs, paths and machines, and equal for duplicate documents; 64 bits keep
 * accidental collisions negligible for any realistic corpus while staying short enough to read.
 */
public final class DocumentIds {

    private static final int HEX_DIGITS = 16;
    /** Only ever cloned, never updated: its state stays empty, so sharing it between threads is safe. */
    private static final MessageDigest PROTOTYPE = lookUp();

    private DocumentIds() {
    }

    /** The id of a document's bytes (after gzip is undone): {@code sha256sum | cut -c1-16}. */
    public static String of(byte[] bytes) {
        return of(ByteBuffer.wrap(bytes));
    }

    public static String of(ByteBuffer bytes) {
        MessageDigest digest = sha256();
        digest.update(bytes.duplicate());
        return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }

    public static String of(RawDocument raw) {
        return of(raw.view());
    }

    /**
     * The id for a document of which no byte could be read: the hash of its URI as UTF-8, which
     * keeps error records for the same input stable across runs.
     */
    public static String ofUri(String uri) {
        return of(uri.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A fresh digest for each document, cloned from one that is never used: looking the algorithm up
     * in the security providers costs more than hashing a small page.
     */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
