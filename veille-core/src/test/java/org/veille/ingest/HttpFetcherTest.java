package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veille.model.DecodedDocument;
import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/** The fetcher against a loopback server: redirects, limits, encodings and failures, no outside network. */
class HttpFetcherTest {

    private static HttpServer server;
    private static ExecutorService executor;
    private static String base;
    private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);

    private final HttpFetcher fetcher = new HttpFetcher(IngestSettings.defaults());

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        base = "http://127.0.0.1:" + server.getAddress().getPort();

        byte[] latin2 = ("<p>" + CharsetDetectorTest.POLISH + "</p>").getBytes(Charset.forName("ISO-8859-2"));
        server.createContext("/page", ok("text/html; charset=iso-8859-2", latin2));
        server.createContext("/r1", redirect(302, "/r2"));
        server.createContext("/r2", redirect(301, "r3"));
        server.createContext("/r3", exchange -> redirect(307, base + "/page").handle(exchange));
        server.createContext("/loop", redirect(302, "/loop"));
        server.createContext("/ftp", redirect(302, "ftp://example.org/file"));
        server.createContext("/noloc", exchange -> respond(exchange, 302, new byte[0]));
        server.createContext("/missing", exchange -> respond(exchange, 404, "no such page".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            respond(exchange, 200, gzip("Été comme hiver".getBytes(StandardCharsets.UTF_8)));
        });
        server.createContext("/gzip-bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(exchange, 200, gzip(new byte[100_000]));
        });
        server.createContext("/spaced", redirect(302, "/page with space"));
        server.createContext("/page with space", ok("text/plain", "found".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/bad-gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(exchange, 200, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
        });
        server.createContext("/brotli", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            respond(exchange, 200, new byte[] {1, 2, 3});
        });
        server.createContext("/declared-big", exchange -> respond(exchange, 200, new byte[5000]));
        server.createContext("/streamed-big", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to reject early
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(new byte[1000]);
                    out.flush();
                }
            } catch (IOException e) {
                // The client hung up at its cap, as it should.
            }
        });
        server.createContext("/ua", exchange -> respond(exchange, 200,
                exchange.getRequestHeaders().getFirst("User-Agent").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", exchange -> {
            try {
                RELEASE_SLOW.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "late".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        RELEASE_SLOW.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static HttpHandler ok(String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            respond(exchange, 200, body);
        };
    }

    private static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            respond(exchange, status, new byte[0]);
        };
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            // The client may hang up early on purpose (size cap, skipped error bodies).
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static void assertFails(Outcome<?> outcome, ErrorKind kind, String messagePart) {
        assertFalse(outcome.isOk(), "expected a failure");
        assertEquals(kind, outcome.error().kind(), outcome.error()::message);
        assertTrue(outcome.error().message().contains(messagePart), outcome.error()::message);
    }

    @Test
    void pageIsFetchedWithItsMetadata() {
        RawDocument raw = fetcher.fetch(base + "/page").value();
        assertEquals(base + "/page", raw.uri());
        assertEquals(base + "/page", raw.fetch().finalUrl());
        assertEquals(200, raw.fetch().status());
        assertEquals("text/html; charset=iso-8859-2", raw.fetch().contentType());
        assertTrue(raw.fetch().fetched().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"),
                "the server's Date header, as an ISO-8601 instant: " + raw.fetch().fetched());
    }

    @Test
    void charsetFromTheHeaderDecodesTheBody() {
        RawDocument raw = fetcher.fetch(base + "/page").value();
        DecodedDocument doc = new DocumentDecoder(IngestSettings.defaults()).decode(raw).value();
        assertEquals("iso-8859-2", doc.source().charset());
        assertTrue(doc.text().contains("Zażółć gęślą jaźń"), doc.text());
        assertEquals(base + "/page", doc.url());
    }

    @Test
    void redirectChainIsFollowedAndTheFinalUrlRecorded() {
        RawDocument raw = fetcher.fetch(base + "/r1").value();
        assertEquals(base + "/r1", raw.uri());
        assertEquals(base + "/page", raw.fetch().finalUrl());
    }

    @Test
    void redirectLimitIsEnforced() {
        HttpFetcher strict = new HttpFetcher(IngestSettings.defaults().withMaxRedirects(2));
        assertFails(strict.fetch(base + "/r1"), ErrorKind.FETCH_FAILED, "too many redirects: gave up after 2");
        assertFails(fetcher.fetch(base + "/loop"), ErrorKind.FETCH_FAILED, "too many redirects");
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        assertFails(fetcher.fetch(base + "/ftp"), ErrorKind.FETCH_FAILED, "bad redirect");
    }

    @Test
    void redirectWithoutLocationFails() {
        assertFails(fetcher.fetch(base + "/noloc"), ErrorKind.FETCH_FAILED, "HTTP 302 Found without a Location header");
    }

    @Test
    void notFoundFailsWithStatusAndReason() {
        assertFails(fetcher.fetch(base + "/missing"), ErrorKind.FETCH_FAILED, "HTTP 404 Not Found at " + base + "/missing");
    }

    @Test
    void gzipContentEncodingIsUndone() {
        RawDocument raw = fetcher.fetch(base + "/gzip").value();
        assertEquals("Été comme hiver", new String(raw.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void gzipBodyDecompressingPastTheCapIsTooLarge() {
        HttpFetcher small = new HttpFetcher(IngestSettings.defaults().withMaxBytes(10_000));
        assertFails(small.fetch(base + "/gzip-bomb"), ErrorKind.TOO_LARGE, "decompresses to more than the 9.8 KiB cap");
    }

    @Test
    void sloppyLocationHeaderIsEscapedAndFollowed() {
        RawDocument raw = fetcher.fetch(base + "/spaced").value();
        assertEquals(base + "/page%20with%20space", raw.fetch().finalUrl());
    }

    @Test
    void fragmentIsNotAnObstacle() {
        assertEquals(200, fetcher.fetch(base + "/page#comments").value().fetch().status());
    }

    @Test
    void corruptGzipBodyFails() {
        assertFails(fetcher.fetch(base + "/bad-gzip"), ErrorKind.FETCH_FAILED, "gzip");
    }

    @Test
    void unsupportedContentEncodingFails() {
        assertFails(fetcher.fetch(base + "/brotli"), ErrorKind.FETCH_FAILED, "unsupported Content-Encoding 'br'");
    }

    @Test
    void declaredLengthOverTheCapIsRejectedEarly() {
        HttpFetcher small = new HttpFetcher(IngestSettings.defaults().withMaxBytes(1000));
        assertFails(small.fetch(base + "/declared-big"), ErrorKind.TOO_LARGE,
                "declares 4.9 KiB (Content-Length), over the 1000 bytes cap");
    }

    @Test
    void streamedBodyOverTheCapIsAbandoned() {
        HttpFetcher small = new HttpFetcher(IngestSettings.defaults().withMaxBytes(2000));
        assertFails(small.fetch(base + "/streamed-big"), ErrorKind.TOO_LARGE, "download abandoned");
    }

    @Test
    void userAgentIsSent() {
        HttpFetcher custom = new HttpFetcher(IngestSettings.defaults().withUserAgent("VeilleTest/1"));
        assertEquals("VeilleTest/1", new String(custom.fetch(base + "/ua").value().toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void slowServerTimesOut() {
        HttpFetcher impatient = new HttpFetcher(IngestSettings.defaults().withRequestTimeout(Duration.ofMillis(300)));
        assertFails(impatient.fetch(base + "/slow"), ErrorKind.FETCH_FAILED, "within 300 ms");
    }

    @Test
    void refusedConnectionIsNamed() throws IOException {
        // A port bound but not listening refuses connections, and stays ours while the test runs (a port
        // freed first could be taken by another process in between).
        try (Socket bound = new Socket()) {
            bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = bound.getLocalPort();
            assertFails(fetcher.fetch("http://127.0.0.1:" + port + "/"), ErrorKind.FETCH_FAILED,
                    "connection refused by 127.0.0.1:" + port);
        }
    }

    @Test
    void invalidUrlFailsWithoutNetwork() {
        assertFails(fetcher.fetch("http://exa mple.org:99999/"), ErrorKind.FETCH_FAILED, "not a valid URL");
        assertFails(fetcher.fetch("ftp://example.org/"), ErrorKind.FETCH_FAILED, "only http and https");
        assertFails(fetcher.fetch(""), ErrorKind.FETCH_FAILED, "not a valid URL");
    }
}
