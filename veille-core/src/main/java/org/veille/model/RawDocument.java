package org.veille.model;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The bytes of one input document as read (gzip already undone), before any decoding.
 *
 * <p>The content is held as a read-only buffer so the record stays immutable without copying
 * megabytes at every stage boundary.
 *
 * @param uri     file path, URL or {@code -} for standard input
 * @param content the bytes, read-only
 * @param fetch   transport metadata, or null for local files and standard input
 */
public record RawDocument(String uri, ByteBuffer content, FetchMetadata fetch) {
    public RawDocument {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(content, "content");
        content = content.asReadOnlyBuffer();
    }

    /** Wraps a copy of {@code bytes}, so later changes to the array do not leak in. */
    public static RawDocument of(String uri, byte[] bytes, FetchMetadata fetch) {
        return new RawDocument(uri, ByteBuffer.wrap(bytes.clone()), fetch);
    }

    public static RawDocument of(String uri, byte[] bytes) {
        return of(uri, bytes, null);
    }

    public int size() {
        return content.remaining();
    }

    /** A fresh read-only view positioned at the first byte, safe to consume. */
    public ByteBuffer view() {
        return content.duplicate();
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        ByteBuffer view = view();
        byte[] out = new byte[view.remaining()];
        view.get(out);
        return out;
    }
}
