package org.veille.ingest;

import java.nio.ByteBuffer;
import java.util.Objects;

import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * Bytes that had to be read while resolving because their source can be read only once
 * (standard input, a named pipe). The array is owned by this input and never modified.
 */
final class MemoryInput implements DocumentInput {
    private final String uri;
    private final byte[] bytes;

    MemoryInput(String uri, byte[] bytes) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public Outcome<RawDocument> read() {
        // A read-only view of the owned array: no copy, and nobody can write through it.
        return Outcome.ok(new RawDocument(uri, ByteBuffer.wrap(bytes), null));
    }

    @Override
    public String toString() {
        return "MemoryInput[" + uri + ", " + bytes.length + " bytes]";
    }
}
