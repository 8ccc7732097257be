package org.veille.ingest;

import java.util.Objects;

import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/** A URL fetched when read; each read fetches again. It may be a news feed (see {@code ingest.feed}). */
record UrlInput(String uri, Fetcher fetcher) implements DocumentInput {
    UrlInput {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(fetcher, "fetcher");
    }

    @Override
    public Outcome<RawDocument> read() {
        return fetcher.fetch(uri);
    }

    @Override
    public boolean mayBeFeed() {
        return true;
    }
}
