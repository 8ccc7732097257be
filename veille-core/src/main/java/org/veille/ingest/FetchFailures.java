package org.veille.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what the HTTP client threw into a sentence a user can act on: a timeout, a refused
 * connection and an unknown host call for different fixes, and the JDK often wraps them in
 * exceptions without a message.
 */
final class FetchFailures {
    /** Cause chains can be cyclic; real ones are a handful of links deep. */
    private static final int MAX_CAUSES = 16;

    private FetchFailures() {
    }

    static String describe(Throwable thrown, URI uri, IngestSettings settings) {
        Throwable t = unwrap(thrown);
        String endpoint = endpoint(uri);
        if (t instanceof HttpConnectTimeoutException) {
            return "connection to " + endpoint + " timed out after " + describe(settings.connectTimeout());
        }
        if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
            return "no complete response from " + uri + " within " + describe(settings.requestTimeout());
        }
        if (has(t, UnresolvedAddressException.class) || has(t, UnknownHostException.class)) {
            return "unknown host: " + (uri.getHost() == null ? uri : uri.getHost());
        }
        if (has(t, NoRouteToHostException.class)) {
            return "no route to host " + endpoint;
        }
        if (has(t, ConnectException.class)) {
            String detail = deepestMessage(t);
            if (detail == null || detail.toLowerCase(Locale.ROOT).contains("refused")) {
                return "connection refused by " + endpoint;
            }
            return "cannot connect to " + endpoint + ": " + detail;
        }
        if (has(t, SSLException.class)) {
            return "TLS failure with " + endpoint + ": " + deepestMessage(t);
        }
        if (t instanceof InterruptedException) {
            return "interrupted while fetching " + uri;
        }
        String detail = deepestMessage(t);
        String what = t instanceof IOException ? "I/O error" : t.getClass().getSimpleName();
        return what + " while fetching " + uri + (detail == null ? "" : ": " + detail);
    }

    /** {@code "10 s"} or {@code "250 ms"}. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** {@code host:port}, with the scheme's default port when the URL gives none. */
    static String endpoint(URI uri) {
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getHost() + ":" + port;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String deepestMessage(Throwable t) {
        String message = null;
        int depth = 0;
        for (Throwable c = t; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                message = c.getMessage();
            }
        }
        return message;
    }
}
