package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.StoreWriter;

/** {@code veille serve}: usage errors in process; the real server in a child JVM, stopped as Ctrl-C stops it. */
class ServeCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("serving .+ on (http://\\S+/) \\(Ctrl-C to stop\\)");

    @TempDir
    Path dir;

    @Test
    void aFolderWithoutAnIndexIsAUsageError() {
        CliRun run = CliRun.of("serve", "--index", dir.resolve("nothing").toString(), "--port", "0");
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("no index in"), run.describe());
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--index", dir.toString(), "--port", "70000");
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("port must be between 0 and 65535: 70000"), run.describe());
    }

    @Test
    void theServerAnswersUntilTheProcessIsAskedToStop() throws Exception {
        Path index = dir.resolve("index");
        try (StoreWriter writer = StoreWriter.open(index)) {
            writer.commit();
        }
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--index", index.toString(), "--port", "0")
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(err.toFile()).start();
        try {
            URI base = URI.create(awaitAddress(process, err));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            assertEquals("127.0.0.1", base.getHost());
        } finally {
            process.destroy(); // SIGTERM, which runs the shutdown hooks exactly as Ctrl-C's SIGINT does
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("veille serve did not stop");
            }
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(stderr.endsWith("veille: stopped\n"), stderr);
        assertEquals("", Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8), "stdout carries no data");
    }

    /** The address the child prints once it listens; a safety net against a child that never does, not a speed check. */
    private static String awaitAddress(Process process, Path err) throws IOException, InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Matcher address = ADDRESS.matcher(Files.readString(err, StandardCharsets.UTF_8));
            if (address.find()) {
                return address.group(1);
            }
            if (!process.isAlive()) {
                fail("veille serve ended: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        fail("veille serve printed no address: " + Files.readString(err, StandardCharsets.UTF_8));
        return List.<String>of().get(0);
    }
}
