package org.veille.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A test client for a running server: requests by path, replies with their JSON parsed. */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;

    /** One reply: status, content type, raw body and the body as JSON (null when it is not JSON). */
    record Reply(int status, String contentType, String body, JsonNode json) {
        String error() {
            return json == null ? null : json.path("error").asText(null);
        }

        String message() {
            return json == null ? null : json.path("message").asText(null);
        }
    }

    Http(URI base) {
        this.base = base;
    }

    /** Percent-encoded for a path segment or a query value alike (a space as %20: '+' is a space only in queries). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /** A request line sent as written, dot segments and all (URI.resolve would remove them). */
    Reply getRaw(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery)).GET());
    }

    /**
     * A GET whose request target goes out byte for byte over a plain socket, for targets no URI class
     * accepts (a broken %-escape); the server closes the connection after its reply.
     */
    Reply getVerbatim(String target) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(reply.substring(9, 12));
            int bodyStart = reply.indexOf("\r\n\r\n") + 4;
            String head = reply.substring(0, bodyStart).toLowerCase(java.util.Locale.ROOT);
            String body = reply.substring(bodyStart);
            if (head.contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            JsonNode json = head.contains("content-type: application/json") ? JSON.readTree(body) : null;
            return new Reply(status, json == null ? "" : "application/json", body, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A HEAD request: the status and headers of the GET, no body. */
    int head(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).method("HEAD", HttpRequest.BodyPublishers.noBody())).status();
    }

    Reply post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    Reply send(HttpRequest.Builder request) {
        try {
            // A fresh client per request: the server closes connections after the requests it refuses
            // (413, 414, 431), and a pooled connection it closed between two tests fails the next one.
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (type.startsWith("application/json")) {
                json = JSON.readTree(response.body());
            }
            return new Reply(response.statusCode(), type, response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
