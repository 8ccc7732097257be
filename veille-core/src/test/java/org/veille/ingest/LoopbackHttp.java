package org.veille.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 for fetching tests: pages, feeds, robots.txt and redirects the test
 * defines, and a log of every request (path and conditional headers) in arrival order. A slow path
 * holds its answer until the server closes, so a timeout needs no clock of the test's own.
 */
public final class LoopbackHttp implements AutoCloseable {

    /** One request as received. */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loopback-http");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Request> requests = new ArrayList<>();

    public LoopbackHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every request so far, in arrival order. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The paths requested so far, in arrival order. */
    public synchronized List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    public LoopbackHttp page(String path, String contentType, String body) {
        return page(path, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public LoopbackHttp page(String path, String contentType, byte[] body, Map<String, String> headers) {
        return route(path, exchange -> respond(exchange, 200, contentType, body, headers));
    }

    /** A feed that answers 304 to a request carrying its ETag or Last-Modified. */
    public LoopbackHttp conditional(String path, String contentType, String body, String etag, String lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return route(path, exchange -> {
            String match = exchange.getRequestHeaders().getFirst("If-None-Match");
            String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            if (etag.equals(match) || lastModified.equals(since)) {
                exchange.getResponseHeaders().set("ETag", etag);
                respond(exchange, 304, contentType, new byte[0], Map.of());
                return;
            }
            respond(exchange, 200, contentType, bytes, Map.of("ETag", etag, "Last-Modified", lastModified));
        });
    }

    public LoopbackHttp redirect(String path, String location) {
        return route(path, exchange -> respond(exchange, 302, "text/plain", new byte[0], Map.of("Location", location)));
    }

    public LoopbackHttp status(String path, int status) {
        return route(path, exchange -> respond(exchange, status, "text/html",
                ("<html><body><p>error " + status + "</p></body></html>").getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    /** A path that answers only when the server closes. */
    public LoopbackHttp slow(String path) {
        return route(path, exchange -> {
            try {
                closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
    }

    public LoopbackHttp route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            // Exact paths only: the JDK server matches contexts by prefix.
            if (!exchange.getRequestURI().getPath().equals(path)) {
                log(exchange);
                respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            log(exchange);
            handler.handle(exchange);
        });
        return this;
    }

    private synchronized void log(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        requests.add(new Request(exchange.getRequestURI().getPath(), headers.getFirst("If-None-Match"),
                headers.getFirst("If-Modified-Since"), headers.getFirst("User-Agent")));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body,
                                Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
