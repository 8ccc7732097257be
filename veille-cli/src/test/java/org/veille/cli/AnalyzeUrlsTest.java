package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille analyze} on URLs and URL lists, served by a loopback HTTP server. */
class AnalyzeUrlsTest {

    /** Declares its charset only in the HTTP header; the bytes are ISO-8859-1. */
    private static final String LATIN1_PAGE = "<html><head><title>Fête de la mer à Brenneval</title></head><body>"
            + "<article><h1>Fête de la mer à Brenneval</h1>"
            + "<p>La fête de la mer a réuni près de trois mille personnes sur le port de Brenneval, où les "
            + "pêcheurs ont présenté leurs bateaux décorés de fleurs et de drapeaux.</p>"
            + "<p>Le défilé s'est achevé à la tombée de la nuit par un feu d'artifice tiré depuis la jetée.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;

    private LoopbackServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackServer()
                .page("/article", "text/html; charset=utf-8", Fixtures.bytes(Fixtures.EN_ARTICLE))
                .page("/latin", "text/html; charset=iso-8859-1", LATIN1_PAGE.getBytes(StandardCharsets.ISO_8859_1))
                .status("/missing", 404)
                .slow("/slow");
        server.redirect("/moved", server.url("/article"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void urlListGivesOneRecordPerUrlInListOrder() throws IOException {
        List<String> urls = List.of(server.url("/article"), server.url("/moved"), server.url("/missing"),
                server.url("/slow"), server.url("/latin"));
        Path list = Files.writeString(dir.resolve("urls.txt"), "# pages to read\n" + urls.get(0) + "\n\n"
                + String.join("\n", urls.subList(1, urls.size())) + "\n");

        // The timeout holds every fetch, not only the slow page's (which never answers), so it leaves room
        // for a loaded machine: a page fetched while the other worker loads the taggers must not time out.
        CliRun run = CliRun.of("analyze", "--timeout", "5", "--threads", "2", list.toString());

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(urls, run.uris(), "each URL is its own record, named as the list gives it");
        assertEquals(List.of("-", "-", "fetch-failed", "fetch-failed", "-"), run.errorKinds());
        List<JsonNode> records = run.records();
        assertEquals("Village library reopens after flood repairs", records.get(0).path("title").asText());
        assertEquals(records.get(0).path("text"), records.get(1).path("text"), "the redirect was followed");
        assertEquals(records.get(0).path("id"), records.get(1).path("id"), "same bytes, same id");
        assertTrue(records.get(2).path("error").path("message").asText().contains("404"), records.get(2).toString());
        assertTrue(records.get(3).path("error").path("message").asText().contains(server.url("/slow")),
                records.get(3).toString());
        assertEquals("", run.stderr());
    }

    @Test
    void charsetFromTheContentTypeHeaderDecodesThePage() throws IOException {
        Path list = Files.writeString(dir.resolve("urls.txt"), server.url("/latin") + "\n");

        CliRun run = CliRun.of("analyze", list.toString());

        assertEquals(0, run.exitCode(), run.describe());
        JsonNode record = run.records().get(0);
        assertEquals("windows-1252", record.path("source").path("charset").asText());
        assertEquals("Fête de la mer à Brenneval", record.path("title").asText());
        assertTrue(record.path("text").asText().contains("les pêcheurs ont présenté leurs bateaux"), record.toString());
        assertFalse(record.path("text").asText().contains("\uFFFD"), record.toString());
        assertEquals("fr", record.path("language").asText());
        assertFalse(record.path("warnings").toString().contains("charset"), record.toString());
    }

    @Test
    void urlArgumentIsFetched() {
        CliRun run = CliRun.of("analyze", server.url("/article"), server.url("/missing"));

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(List.of(server.url("/article"), server.url("/missing")), run.uris());
        assertEquals(List.of("-", "fetch-failed"), run.errorKinds());
    }

    @Test
    void urlListOnStandardInputIsExpanded() {
        String list = server.url("/latin") + "\r\n" + server.url("/article") + "\r\n";

        CliRun run = CliRun.withStdin(list.getBytes(StandardCharsets.UTF_8), "analyze", "-");

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(List.of(server.url("/latin"), server.url("/article")), run.uris());
    }

    @Test
    void refusedConnectionIsAFetchFailure() throws IOException {
        String url;
        try (LoopbackServer closed = new LoopbackServer()) {
            url = closed.url("/gone");
        }

        CliRun run = CliRun.of("analyze", "--timeout", "5", url);

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(List.of("fetch-failed"), run.errorKinds());
    }
}
