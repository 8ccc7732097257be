package org.veille.ingest;

import java.util.Objects;

import org.veille.model.ArticleRecord;
import org.veille.model.DecodedDocument;
import org.veille.model.Source;
import org.veille.pipeline.Outcome;

/**
 * One input after ingestion: the decoded document, or the failure together with what an error
 * record needs (its id and provenance), which a failed {@link Outcome} alone does not carry.
 *
 * @param id      the hash of the bytes, or of the URI when no byte was read
 * @param source  provenance; on success the decoded document's own source
 * @param outcome the decoded document, or why there is none
 */
public record IngestResult(String id, Source source, Outcome<DecodedDocument> outcome) {
    public IngestResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean isOk() {
        return outcome.isOk();
    }

    /** The error record for a failed ingestion; only call when not {@link #isOk()}. */
    public ArticleRecord toErrorRecord() {
        return ArticleRecord.failed(id, source, outcome.error(), outcome.warnings());
    }
}
