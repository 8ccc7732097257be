package org.veille.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 serving pages the test defines, so fetching is tested without the
 * network. The slow page holds its answer until the server is closed: a client with a short
 * timeout gives up first, and no test waits on a clock of its own.
 */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loopback-http");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final java.util.Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LoopbackServer page(String path, String contentType, byte[] body) {
        server.createContext(path, exchange -> respond(exchange, 200, contentType, body));
        return this;
    }

    LoopbackServer redirect(String path, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            respond(exchange, 302, "text/plain", new byte[0]);
        });
        return this;
    }

    LoopbackServer status(String path, int status) {
        server.createContext(path, exchange -> respond(exchange, status, "text/html",
                ("<html><body><p>error " + status + "</p></body></html>").getBytes()));
        return this;
    }

    /** A feed that answers 304 Not Modified to a request carrying its ETag; each request is counted. */
    LoopbackServer conditional(String path, String contentType, byte[] body, String etag) {
        server.createContext(path, exchange -> {
            count(path);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            respond(exchange, 200, contentType, body);
        });
        return this;
    }

    /** A page whose requests are counted. */
    LoopbackServer counted(String path, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            count(path);
            respond(exchange, 200, contentType, body);
        });
        return this;
    }

    /** How many requests {@link #conditional} and {@link #counted} paths received. */
    int requests(String path) {
        return counts.getOrDefault(path, 0);
    }

    private void count(String path) {
        counts.merge(path, 1, Integer::sum);
    }

    /** A page that answers only when the server closes. */
    LoopbackServer slow(String path) {
        server.createContext(path, exchange -> {
            try {
                closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        return this;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
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
