package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /api/analyze} through the real pipeline: French pages and pasted text, quotations and speakers, charsets. */
class AnalyzeApiTest {
    private static final String STORY = "L'armée bélarusse a rappelé des réservistes cette semaine, a indiqué mardi le ministère de la Défense à Minsk.\n"
            + "« La mobilisation partielle n'est pas exclue », a déclaré Pavel Slunkin, analyste au Conseil européen des relations internationales.\n"
            + "Selon lui, le pouvoir cherche surtout à montrer sa loyauté envers Moscou.";

    @TempDir
    static Path index;
    private static CorpusServer running;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        running = CorpusServer.start(index);
        http = running.http();
    }

    @AfterAll
    static void stop() throws IOException {
        running.close();
    }

    private static String page(String charset) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head>");
        if (charset != null) {
            html.append("<meta charset=\"").append(charset).append("\">");
        }
        html.append("<title>Le Bélarus se prépare-t-il à la mobilisation ?</title></head><body><article>")
                .append("<h1>Le Bélarus se prépare-t-il à la mobilisation ?</h1>");
        STORY.lines().forEach(line -> html.append("<p>").append(line.replace("<", "&lt;")).append("</p>"));
        return html.append("</article><footer>Abonnez-vous à notre lettre</footer></body></html>").toString();
    }

    private static JsonNode quoteOf(JsonNode record, String text) {
        for (JsonNode quote : record.get("quotes")) {
            if (quote.get("text").asText().equals(text)) {
                return quote;
            }
        }
        throw new AssertionError("no quotation '" + text + "' in " + record.get("quotes"));
    }

    @Test
    void aFrenchPageBecomesItsAnalysedRecord() {
        Http.Reply reply = http.post("/api/analyze", "text/html; charset=utf-8", page("utf-8").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        JsonNode record = reply.json();
        assertEquals("veille.article/4", record.get("schema").asText());
        assertEquals("fr", record.get("language").asText());
        assertEquals("Le Bélarus se prépare-t-il à la mobilisation ?", record.get("title").asText());
        JsonNode quote = quoteOf(record, "La mobilisation partielle n'est pas exclue");
        assertEquals("direct", quote.get("kind").asText());
        assertEquals("Pavel Slunkin", quote.get("speaker").asText());
        assertFalse(record.get("text").asText().contains("Abonnez-vous"), "furniture is left out");
        assertEquals(3, http.get("/api/health").json().get("articles").asLong(), "nothing is stored");
        assertTrue(http.get("/api/health").json().get("analysisLoaded").asBoolean());
    }

    @Test
    void pastedTextIsAnalysedInTheLanguageGiven() {
        String body = "{\"title\": \"Mobilisation au Bélarus\", \"text\": \"« La mobilisation partielle n'est pas exclue », a déclaré Pavel Slunkin.\","
                + " \"language\": \"fr\", \"published\": \"2023-02-21\"}";
        Http.Reply reply = http.post("/api/analyze", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        JsonNode record = reply.json();
        assertEquals("fr", record.get("language").asText(), "too short to detect, but the caller said");
        assertEquals("Mobilisation au Bélarus", record.get("title").asText());
        assertEquals("2023-02-21", record.get("published").asText());
        assertEquals("Pavel Slunkin", quoteOf(record, "La mobilisation partielle n'est pas exclue").get("speaker").asText());
    }

    @Test
    void pastedTextWithoutLanguageHasItDetected() {
        String body = "{\"text\": " + new com.fasterxml.jackson.databind.node.TextNode(STORY) + "}";
        Http.Reply reply = http.post("/api/analyze", "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        assertEquals("fr", reply.json().get("language").asText());
        assertEquals(3, reply.json().get("paragraphs").size());
    }

    @Test
    void aLatin1PageWithoutDeclaredCharsetIsDecodedByItsBytes() {
        Http.Reply reply = http.post("/api/analyze", "text/html", page(null).getBytes(Charset.forName("ISO-8859-1")));
        assertEquals(200, reply.status(), reply.body());
        JsonNode record = reply.json();
        assertTrue(record.get("text").asText().contains("a déclaré Pavel Slunkin"), record.get("text").asText());
        assertEquals("Pavel Slunkin", quoteOf(record, "La mobilisation partielle n'est pas exclue").get("speaker").asText());
    }

    @Test
    void theContentTypeCharsetIsHonoured() {
        Http.Reply reply = http.post("/api/analyze", "text/plain; charset=windows-1252", STORY.getBytes(Charset.forName("windows-1252")));
        assertEquals(200, reply.status(), reply.body());
        assertEquals("windows-1252", reply.json().get("source").get("charset").asText().toLowerCase(java.util.Locale.ROOT));
        assertTrue(reply.json().get("text").asText().contains("« La mobilisation partielle"));
    }
}
