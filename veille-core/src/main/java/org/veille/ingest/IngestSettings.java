package org.veille.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and identity used while reading documents.
 *
 * @param maxBytes       the largest document accepted, after gzip is undone; bigger ones fail as
 *                       too large before anything is parsed
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long a whole fetch may take, redirects and body included
 * @param maxRedirects   how many redirects a fetch follows before giving up
 * @param userAgent      the {@code User-Agent} header sent with every request
 */
public record IngestSettings(long maxBytes, Duration connectTimeout, Duration requestTimeout,
                             int maxRedirects, String userAgent) {

    /**
     * News pages, scripts and inline styles included, stay well under 5 MB; 32 MiB leaves room for
     * bloated pages while bounding the memory each document in flight can take.
     */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    public static final String DEFAULT_USER_AGENT = "Veille/0.1 (+https://github.com/veille)";

    public IngestSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0: " + maxRedirects);
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** 32 MiB, 10 s to connect, 30 s per fetch, 5 redirects. */
    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_MAX_BYTES, Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                DEFAULT_USER_AGENT);
    }

    public IngestSettings withMaxBytes(long value) {
        return new IngestSettings(value, connectTimeout, requestTimeout, maxRedirects, userAgent);
    }

    public IngestSettings withConnectTimeout(Duration value) {
        return new IngestSettings(maxBytes, value, requestTimeout, maxRedirects, userAgent);
    }

    public IngestSettings withRequestTimeout(Duration value) {
        return new IngestSettings(maxBytes, connectTimeout, value, maxRedirects, userAgent);
    }

    public IngestSettings withMaxRedirects(int value) {
        return new IngestSettings(maxBytes, connectTimeout, requestTimeout, value, userAgent);
    }

    public IngestSettings withUserAgent(String value) {
        return new IngestSettings(maxBytes, connectTimeout, requestTimeout, maxRedirects, value);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
