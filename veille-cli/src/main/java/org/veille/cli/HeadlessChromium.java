package org.veille.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A headless Chromium, started in a throwaway profile and driven over its DevTools protocol (JSON
 * messages on a WebSocket, through the JDK's own HTTP client): just enough to open a page in a fresh
 * document and read values off it, which is what timing a page's first render takes.
 *
 * <p>Why not Selenium, as the browser tests use: the CLI would carry it and its dozens of jars for one
 * benchmark, and the protocol's two commands used here ({@code Page.navigate}, {@code Runtime.evaluate})
 * cost a page of code. The browser listens on a loopback port it picks itself and names in its
 * profile's {@code DevToolsActivePort} file.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Between two looks at a page still loading: short next to the times measured, long next to one evaluation. */
    private static final long POLL_MILLIS = 10;
    /** Reads and writes every protocol message; safe to share once configured, and never configured. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Replies replies;
    private final String version;
    private final AtomicInteger ids = new AtomicInteger();

    private HeadlessChromium(Process process, Path profile, WebSocket socket, Replies replies, String version) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        this.replies = replies;
        this.version = version;
    }

    /**
     * Starts {@code executable} headless with an empty profile, and connects to its page.
     *
     * @throws IOException when it does not start, or does not open its DevTools port within {@code patience}
     */
    static HeadlessChromium start(Path executable, Duration patience) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("veille-chromium");
        Process process = null;
        try {
            process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1366,900", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                    "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
            int port = devToolsPort(process, profile, patience);
            HttpClient http = HttpClient.newBuilder().connectTimeout(patience).build();
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            String version = JSON.readTree(get(http, base.resolve("json/version"), patience)).path("Browser").asText("Chromium");
            String page = null;
            for (JsonNode target : JSON.readTree(get(http, base.resolve("json/list"), patience))) {
                if ("page".equals(target.path("type").asText())) {
                    page = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (page == null) {
                throw new IOException("Chromium opened no page to drive");
            }
            Replies replies = new Replies();
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(patience).buildAsync(URI.create(page), replies)
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return new HeadlessChromium(process, profile, socket, replies, version);
        } catch (IOException | InterruptedException | RuntimeException | ExecutionException | TimeoutException e) {
            String log = process == null ? "" : logTail(profile);
            stop(process, profile);
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IOException("could not drive " + executable + ": " + message(e) + (log.isEmpty() ? "" : " (its log ends: " + log + ")"), e);
        }
    }

    /** What the browser calls itself, e.g. {@code Chrome/150.0.7871.100}. */
    String version() {
        return version;
    }

    /**
     * Opens {@code page} in a new document (the tab goes to {@code about:blank} first, so even a page
     * differing from the last one by its fragment is loaded afresh), then evaluates {@code ready} there
     * until it gives something other than null, and returns that.
     *
     * @param ready a JavaScript expression: null while the page is not ready, then a JSON value
     * @throws IOException when the page is not ready within {@code patience}, or the script throws
     */
    JsonNode open(URI page, String ready, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        command("Page.navigate", Map.of("url", "about:blank"), deadline);
        JsonNode navigated = command("Page.navigate", Map.of("url", page.toString()), deadline);
        if (navigated.hasNonNull("errorText")) {
            throw new IOException("Chromium could not open " + page + ": " + navigated.get("errorText").asText());
        }
        // Only a document served over HTTP counts: until the new one commits, the blank one may answer.
        String expression = "location.protocol.startsWith('http') ? (" + ready + ") : null";
        String lastError = null;
        while (System.nanoTime() < deadline) {
            JsonNode evaluated;
            try {
                evaluated = command("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true), deadline);
            } catch (ProtocolError e) {
                lastError = e.getMessage(); // the document changed under the evaluation: look again
                evaluated = null;
            }
            if (evaluated != null && evaluated.has("exceptionDetails")) {
                throw new IOException("the page's script failed: " + evaluated.path("exceptionDetails").path("exception")
                        .path("description").asText(evaluated.path("exceptionDetails").path("text").asText()));
            }
            JsonNode value = evaluated == null ? null : evaluated.path("result").get("value");
            if (value != null && !value.isNull()) {
                return value;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IOException(page + " was not ready within " + patience.toSeconds() + " s" + (lastError == null ? "" : " (" + lastError + ")"));
    }

    /** Sends one command and waits for its reply's {@code result}. */
    private JsonNode command(String method, Map<String, Object> params, long deadline) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = replies.expect(id);
        try {
            // One message at a time: the next command is sent only once this one's reply is in.
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            JsonNode answer = reply.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (answer.has("error")) {
                throw new ProtocolError(method + ": " + answer.path("error").path("message").asText());
            }
            return answer.path("result");
        } catch (ExecutionException e) {
            throw new IOException("lost Chromium while waiting for " + method + ": " + message(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("Chromium did not answer " + method + " in time");
        } finally {
            replies.forget(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
        stop(process, profile);
    }

    /** Waits for the profile's {@code DevToolsActivePort} file, whose first line is the port. */
    private static int devToolsPort(Process process, Path profile, Duration patience) throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 2) { // written whole once both lines are there
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with status " + process.exitValue() + " before opening its DevTools port");
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IOException("Chromium opened no DevTools port within " + patience.toSeconds() + " s");
    }

    private static String get(HttpClient http, URI uri, Duration patience) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(patience).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void stop(Process process, Path profile) {
        if (process != null) {
            // Its renderer and helper processes too, and all of them gone before their profile is removed.
            List<ProcessHandle> children = process.descendants().toList();
            children.forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    children.forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
                for (ProcessHandle child : children) {
                    child.onExit().get(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // A helper that outlives the browser by seconds keeps at most its profile from going.
            }
        }
        Folders.deleteQuietly(profile);
    }

    /** The last line of the browser's own output, which says why it failed when it did. */
    private static String logTail(Path profile) {
        try {
            List<String> lines = Files.readAllLines(profile.resolve("chromium.log"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An error the browser answered a command with (such as an evaluation in a document just replaced). */
    private static final class ProtocolError extends IOException {
        ProtocolError(String message) {
            super(message);
        }
    }

    /** Collects the socket's messages and hands each reply to the command waiting for its id; events are ignored. */
    private static final class Replies implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        /** Why the connection ended, once it has: later commands fail at once rather than wait out their patience. */
        private volatile Throwable lost;

        CompletableFuture<JsonNode> expect(int id) {
            CompletableFuture<JsonNode> reply = new CompletableFuture<>();
            waiting.put(id, reply);
            if (lost != null) {
                reply.completeExceptionally(lost);
            }
            return reply;
        }

        void forget(int id) {
            waiting.remove(id);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode node = JSON.readTree(message);
                    CompletableFuture<JsonNode> reply = node.has("id") ? waiting.get(node.get("id").asInt()) : null;
                    if (reply != null) {
                        reply.complete(node);
                    }
                } catch (IOException e) {
                    failAll(new IOException("Chromium sent a message that is not JSON", e));
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            failAll(new IOException("Chromium closed the connection (" + status + (reason.isEmpty() ? "" : ", " + reason) + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            failAll(error);
        }

        private void failAll(Throwable error) {
            lost = error;
            waiting.values().forEach(reply -> reply.completeExceptionally(error));
        }
    }
}
