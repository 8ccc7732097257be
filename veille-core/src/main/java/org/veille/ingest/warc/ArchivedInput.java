package org.veille.ingest.warc;

import java.nio.ByteBuffer;
import java.util.Objects;

import org.veille.ingest.DocumentInput;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * A page read out of an archive: its payload is already in memory, because an archive is read once,
 * front to back, and the record will not be there to read again. Holds only the payload (HTTP
 * encodings undone) and the transport metadata.
 */
final class ArchivedInput implements DocumentInput {
    private final String uri;
    private final byte[] payload;
    private final FetchMetadata fetch;

    ArchivedInput(String uri, byte[] payload, FetchMetadata fetch) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    @Override
    public String uri() {
        return uri;
    }

    /** Where the record sits in its archive ({@code name#offset}). */
    @Override
    public String archive() {
        return fetch.archive();
    }

    @Override
    public Outcome<RawDocument> read() {
        // No copy: the array is ours alone and leaves only as a read-only view.
        return Outcome.ok(new RawDocument(uri, ByteBuffer.wrap(payload).asReadOnlyBuffer(), fetch));
    }

    @Override
    public String toString() {
        return "ArchivedInput[" + uri + " at " + fetch.archive() + ", " + payload.length + " bytes]";
    }
}
