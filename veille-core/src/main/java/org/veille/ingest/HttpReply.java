package org.veille.ingest;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * The last answer of an exchange, after redirects, for callers that act on the status and headers
 * themselves: a robots.txt that is missing (404) means no rules, and a feed that has not changed
 * answers 304 to a conditional request.
 *
 * @param status   the final HTTP status
 * @param finalUrl the URL that gave it
 * @param headers  its headers
 * @param document the body, only for a 2xx answer; else null (other bodies are never downloaded)
 */
public record HttpReply(int status, String finalUrl, HttpHeaders headers, RawDocument document) {
    public HttpReply {
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(headers, "headers");
        if ((document != null) != isSuccess(status)) {
            throw new IllegalArgumentException("a body comes with a 2xx status only: " + status);
        }
    }

    public boolean isSuccess() {
        return isSuccess(status);
    }

    /** The body of a 2xx answer; any other status fails as {@code FETCH_FAILED}, naming it and the URL. */
    public Outcome<RawDocument> asDocument() {
        return isSuccess() ? Outcome.ok(document)
                : Outcome.failed(ErrorKind.FETCH_FAILED, HttpStatusText.describe(status) + " at " + finalUrl);
    }

    /** A header's first value. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }
}
