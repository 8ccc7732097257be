package org.veille.ingest.warc;

import java.util.Objects;

import org.veille.ingest.DocumentInput;
import org.veille.model.ErrorKind;

/** What one archive record gave: a document, a skip, or a failure. */
sealed interface RecordOutcome {

    /** A page to process. */
    record Document(DocumentInput input) implements RecordOutcome {
        public Document {
            Objects.requireNonNull(input, "input");
        }
    }

    /** A record passed over on purpose. */
    record Skipped(SkipReason reason) implements RecordOutcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A record that could not be read.
     *
     * @param uri        what the error record is known by: the target URI when the header gave one,
     *                   else the archive position
     * @param lostTrack  whether the record's end is unknown (bad header, cut-short block), so the
     *                   next record must be searched for
     */
    record Failed(String uri, ErrorKind kind, String message, boolean lostTrack) implements RecordOutcome {
        public Failed {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
