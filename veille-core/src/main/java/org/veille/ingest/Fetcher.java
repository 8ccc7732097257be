package org.veille.ingest;

import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * Fetches one URL. {@link HttpFetcher} is the real one; the interface lets the CLI defer creating an
 * HTTP client until a URL shows up, and lets tests resolve inputs without a network.
 */
@FunctionalInterface
public interface Fetcher {

    /** Never throws for network trouble: failures come back as {@code FETCH_FAILED} or {@code TOO_LARGE}. */
    Outcome<RawDocument> fetch(String url);
}
