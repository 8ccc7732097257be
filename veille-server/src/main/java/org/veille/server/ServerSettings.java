package org.veille.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host         the address to bind; loopback by default, so an index is not exposed to the network
 *                     unless asked for
 * @param port         the port, 0 for any free one ({@link VeilleServer#port()} tells which)
 * @param maxBodyBytes the largest request body {@code POST /api/analyze} reads; larger ones get 413. A news
 *                     page rarely passes 1 MB; 5 MB leaves room for heavy markup without letting one request
 *                     hold much of the heap
 * @param webRoot      a folder of static files served under {@code /} in place of the web UI bundled in the jar,
 *                     or null for the bundled UI
 */
public record ServerSettings(String host, int port, long maxBodyBytes, Path webRoot) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1: " + maxBodyBytes);
        }
    }

    /** Loopback, port 8080, 5 MB bodies, the bundled web UI. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, null);
    }

    public ServerSettings withHost(String value) {
        return new ServerSettings(value, port, maxBodyBytes, webRoot);
    }

    public ServerSettings withPort(int value) {
        return new ServerSettings(host, value, maxBodyBytes, webRoot);
    }

    public ServerSettings withMaxBodyBytes(long value) {
        return new ServerSettings(host, port, value, webRoot);
    }

    public ServerSettings withWebRoot(Path value) {
        return new ServerSettings(host, port, maxBodyBytes, value);
    }
}
