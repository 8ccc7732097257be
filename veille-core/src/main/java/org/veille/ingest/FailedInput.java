package org.veille.ingest;

import java.util.Objects;

import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * An input whose failure was found while resolving (a missing path, an unlistable folder). It still
 * flows through the pipeline so that every argument yields a record.
 */
record FailedInput(String uri, ErrorKind kind, String message) implements DocumentInput {
    FailedInput {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public Outcome<RawDocument> read() {
        return Outcome.failed(kind, message);
    }
}
