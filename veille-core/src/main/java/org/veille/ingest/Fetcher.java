package org.veille.ingest;

import java.net.http.HttpHeaders;
import java.util.Map;

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

    /**
     * Fetches with extra request headers and returns the final answer whatever its status (see
     * {@link HttpFetcher#exchange}). This default, for fetchers without HTTP semantics, ignores the
     * headers and reports a success as 200.
     */
    default Outcome<HttpReply> exchange(String url, Map<String, String> requestHeaders) {
        return fetch(url).then(document -> Outcome.ok(new HttpReply(200,
                document.fetch() == null || document.fetch().finalUrl() == null ? url : document.fetch().finalUrl(),
                HttpHeaders.of(Map.of(), (name, value) -> true), document)));
    }
}
