package org.veille.ingest;

import java.util.Objects;

import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * An input whose failure was found while resolving (a missing path, an unlistable folder, a damaged
 * record of a web archive). It still flows through the pipeline so that every argument yields a record.
 *
 * @param archive where the failing record sits in its web archive ({@code file.warc.gz#offset}), else null
 */
record FailedInput(String uri, ErrorKind kind, String message, String archive) implements DocumentInput {
    FailedInput {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A failure outside any web archive. */
    FailedInput(String uri, ErrorKind kind, String message) {
        this(uri, kind, message, null);
    }

    @Override
    public Outcome<RawDocument> read() {
        return Outcome.failed(kind, message);
    }
}
