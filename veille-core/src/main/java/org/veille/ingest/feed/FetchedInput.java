package org.veille.ingest.feed;

import java.util.Objects;

import org.veille.ingest.DocumentInput;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/** A URL already fetched to see whether it is a feed, and found a page: its read hands back that fetch, not a second one. */
record FetchedInput(String uri, Outcome<RawDocument> outcome) implements DocumentInput {
    FetchedInput {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public Outcome<RawDocument> read() {
        return outcome;
    }
}
