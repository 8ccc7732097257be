package org.veille.ingest;

import java.net.URI;
import java.util.Optional;

/**
 * Asked by {@link HttpFetcher} before every request it sends, redirect hops included, so that a
 * crawler's manners (robots.txt, a pause between requests to one host) apply to each address
 * actually contacted rather than only to the one the user named.
 */
@FunctionalInterface
public interface RequestGate {

    /** Lets every request through at once: one-off fetches, tests, the server's paste-a-URL path. */
    RequestGate OPEN = uri -> Optional.empty();

    /**
     * May block until the request is welcome; returns why it must not be sent at all, or empty.
     *
     * @throws InterruptedException when the wait is interrupted; the fetch then fails
     */
    Optional<String> admit(URI uri) throws InterruptedException;
}
