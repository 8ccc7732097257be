package org.veille.ingest;

import java.util.Objects;

import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * Bytes already read, because their source can be read only once: standard input, a named pipe, a
 * record of a web archive read front to back. The document is immutable (its content a read-only
 * view), so it is handed out as it is, with whatever transport metadata came with it.
 */
record MemoryInput(RawDocument document) implements DocumentInput {
    MemoryInput {
        Objects.requireNonNull(document, "document");
    }

    @Override
    public String uri() {
        return document.uri();
    }

    @Override
    public String archive() {
        return document.fetch() == null ? null : document.fetch().archive();
    }

    @Override
    public Outcome<RawDocument> read() {
        return Outcome.ok(document);
    }

    @Override
    public String toString() {
        return "MemoryInput[" + document.uri() + (archive() == null ? "" : " at " + archive()) + ", "
                + document.size() + " bytes]";
    }
}
