package org.veille.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import org.veille.model.ErrorKind;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * Fetches http(s) URLs with the JDK client.
 *
 * <p>Redirects are followed here rather than by the client, so that the limit is ours, each hop
 * can be checked (only http and https), and the final URL is known for the record. One deadline
 * covers the whole fetch, redirects and body included: the client's own request timeout stops at
 * the response headers, and a server trickling a body must not hold a worker forever.
 *
 * <p>The size cap is enforced three times: on a declared {@code Content-Length} (nothing is
 * downloaded), while streaming (the download is abandoned at the cap), and while undoing gzip.
 *
 * <p>Before each request, redirect hops included, a {@link RequestGate} may delay or refuse it
 * (robots.txt, per-host politeness). The HTTP {@code Date} header becomes
 * {@link FetchMetadata#fetched()}.
 *
 * <p>Thread-safe: one instance, and its connection pool, serves all workers.
 */
public final class HttpFetcher implements Fetcher {

    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final IngestSettings settings;
    private final RequestGate gate;
    private final HttpClient client;

    /** A fetcher that asks no one before a request: one-off fetches and tests. */
    public HttpFetcher(IngestSettings settings) {
        this(settings, RequestGate.OPEN);
    }

    /** A fetcher that asks {@code gate} before every request, redirect hops included (see {@code ingest.polite}). */
    public HttpFetcher(IngestSettings settings, RequestGate gate) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gate = Objects.requireNonNull(gate, "gate");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        // Honours -Dhttp.proxyHost and friends, as users of a JVM tool expect.
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies);
        }
        this.client = builder.build();
    }

    @Override
    public Outcome<RawDocument> fetch(String url) {
        return exchange(url, Map.of()).then(HttpReply::asDocument);
    }

    /**
     * Fetches {@code url} with extra request headers (e.g. {@code If-None-Match}) and hands back the
     * final answer whatever its status; only transport trouble, a refusal by the gate, a bad redirect
     * or an oversized body are failures. The body is downloaded for 2xx answers only.
     */
    @Override
    public Outcome<HttpReply> exchange(String url, Map<String, String> requestHeaders) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(requestHeaders, "requestHeaders");
        URI start;
        try {
            start = parseHttpUrl(url);
        } catch (URISyntaxException e) {
            return Outcome.failed(ErrorKind.FETCH_FAILED, "not a valid URL: " + url + " (" + e.getReason() + ")");
        }
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<CappedBodySubscriber.Body> response;
            try {
                // Time spent waiting for the gate (politeness) is not the server's: it does not count
                // against the request timeout.
                long waitStart = System.nanoTime();
                Optional<String> refusal = gate.admit(current);
                if (refusal.isPresent()) {
                    return Outcome.failed(ErrorKind.FETCH_FAILED, refusal.get());
                }
                deadline += System.nanoTime() - waitStart;
                response = exchange(current, requestHeaders, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.failed(ErrorKind.FETCH_FAILED, FetchFailures.describe(e, current, settings));
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                return Outcome.failed(ErrorKind.FETCH_FAILED, FetchFailures.describe(e, current, settings));
            }
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("location");
                if (location.isEmpty() || location.get().isBlank()) {
                    return Outcome.failed(ErrorKind.FETCH_FAILED,
                            HttpStatusText.describe(status) + " without a Location header at " + current);
                }
                if (redirects >= settings.maxRedirects()) {
                    return Outcome.failed(ErrorKind.FETCH_FAILED, "too many redirects: gave up after "
                            + settings.maxRedirects() + " (next would be " + location.get() + ", from " + url + ")");
                }
                try {
                    current = parseHttpUrl(current.resolve(escapeLeniently(location.get().strip())).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Outcome.failed(ErrorKind.FETCH_FAILED, "bad redirect from " + current
                            + " to '" + location.get() + "'");
                }
                continue;
            }
            if (status < 200 || status > 299) {
                return Outcome.ok(new HttpReply(status, current.toString(), response.headers(), null));
            }
            URI answered = current;
            return body(url, current, response).then(document ->
                    Outcome.ok(new HttpReply(status, answered.toString(), response.headers(), document)));
        }
    }

    private HttpResponse<CappedBodySubscriber.Body> exchange(URI uri, Map<String, String> requestHeaders, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new TimeoutException("deadline passed before " + uri);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip");
        requestHeaders.forEach(builder::header);
        HttpRequest request = builder.build();
        CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> future =
                client.sendAsync(request, this::subscriberFor);
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            // Since JDK 16, cancelling the future aborts the exchange and frees the connection.
            future.cancel(true);
            throw e;
        }
    }

    /** Downloads only what will be used: the body of a 2xx response whose declared size fits. */
    private CappedBodySubscriber subscriberFor(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status > 299) {
            return CappedBodySubscriber.skipping();
        }
        OptionalLong declared = declaredLength(info.headers());
        if (declared.isPresent() && declared.getAsLong() > settings.maxBytes()) {
            return CappedBodySubscriber.skipping();
        }
        return new CappedBodySubscriber(settings.maxBytes());
    }

    private Outcome<RawDocument> body(String url, URI finalUri, HttpResponse<CappedBodySubscriber.Body> response) {
        long cap = settings.maxBytes();
        HttpHeaders headers = response.headers();
        OptionalLong declared = declaredLength(headers);
        if (declared.isPresent() && declared.getAsLong() > cap) {
            return Outcome.failed(ErrorKind.TOO_LARGE, finalUri + " declares " + ByteSizes.describe(declared.getAsLong())
                    + " (Content-Length), over the " + ByteSizes.describe(cap) + " cap");
        }
        CappedBodySubscriber.Body body = response.body();
        if (body.overCap()) {
            return Outcome.failed(ErrorKind.TOO_LARGE, finalUri + " sent more than the "
                    + ByteSizes.describe(cap) + " cap; download abandoned");
        }
        String encoding = headers.firstValue("content-encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = decode(encoding, body.bytes());
        } catch (UnsupportedCodingException e) {
            return Outcome.failed(ErrorKind.FETCH_FAILED, "unsupported Content-Encoding '" + encoding + "' from " + finalUri);
        } catch (IOException e) {
            String what = GzipSupport.isCorruption(e) ? GzipSupport.describeCorruption(e) : e.getMessage();
            return Outcome.failed(ErrorKind.FETCH_FAILED, what + " in the " + encoding + " body from " + finalUri);
        }
        if (bytes.length > cap) {
            return Outcome.failed(ErrorKind.TOO_LARGE, finalUri + " decompresses to more than the "
                    + ByteSizes.describe(cap) + " cap");
        }
        FetchMetadata fetch = new FetchMetadata(finalUri.toString(), response.statusCode(),
                headers.firstValue("content-type").orElse(null), HttpDates.instant(headers.firstValue("date")), null);
        return Outcome.ok(new RawDocument(url, ByteBuffer.wrap(bytes), fetch));
    }

    /** Undoes the content coding; the result may exceed the cap by one byte, which the caller reports. */
    private byte[] decode(String encoding, byte[] bytes) throws IOException {
        switch (encoding) {
            case "identity", "" -> {
                return bytes;
            }
            case "gzip", "x-gzip" -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    return BoundedReader.readUpTo(in, settings.maxBytes());
                }
            }
            case "deflate" -> {
                // Not requested, but some servers send it anyway; zlib-wrapped as the spec says.
                try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes))) {
                    return BoundedReader.readUpTo(in, settings.maxBytes());
                }
            }
            default -> throw new UnsupportedCodingException(encoding);
        }
    }

    private static OptionalLong declaredLength(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("content-length");
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get().strip()));
        } catch (NumberFormatException e) {
            // A malformed length is ignored; the streaming cap still applies.
            return OptionalLong.empty();
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI parseHttpUrl(String url) throws URISyntaxException {
        URI uri = new URI(escapeLeniently(url));
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new URISyntaxException(url, "only http and https URLs can be fetched");
        }
        if (uri.getHost() == null) {
            throw new URISyntaxException(url, "no host");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            // URI.resolve mishandles a base without a path ("http://a" + "b" gives "http://ab").
            uri = uri.resolve("/");
        }
        return uri;
    }

    /**
     * Percent-encodes what browsers encode silently but {@link URI} rejects: spaces, a few ASCII
     * symbols and non-ASCII characters (as UTF-8), as found in hand-written lists and sloppy
     * {@code Location} headers. Everything else, including existing escapes, is left alone.
     */
    static String escapeLeniently(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean escape = c <= ' ' || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0;
            if (!escape) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
            i = end - 1;
        }
        return out == null ? url : out.toString();
    }

    /** A content coding this fetcher cannot undo. */
    private static final class UnsupportedCodingException extends IOException {
        UnsupportedCodingException(String encoding) {
            super(encoding);
        }
    }
}
