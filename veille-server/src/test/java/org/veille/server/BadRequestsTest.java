package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad requests get a specific JSON 4xx, never a stack trace, and the server stays up: the last test asks
 * for its health after all the others have thrown their worst at it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadRequestsTest {
    private static final int MAX_BODY = 100_000;

    @TempDir
    static Path index;
    @TempDir
    static Path web;
    private static CorpusServer running;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(web.resolve("index.html"), "<!DOCTYPE html><title>Veille</title>");
        running = CorpusServer.start(index, ServerSettings.defaults().withMaxBodyBytes(MAX_BODY).withWebRoot(web));
        http = running.http();
    }

    @AfterAll
    static void stop() throws IOException {
        running.close();
    }

    /** A refusal: the status, a JSON body with the code, and a message that names the problem but no Java internals. */
    private static Http.Reply refused(Http.Reply reply, int status, String code, String inMessage) {
        assertEquals(status, reply.status(), reply.body());
        assertNotNull(reply.json(), "a JSON body: " + reply.body());
        assertEquals(status, reply.json().get("status").asInt());
        if (code != null) {
            assertEquals(code, reply.error());
        }
        if (inMessage != null) {
            assertTrue(reply.message().contains(inMessage), reply.message());
        }
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
        return reply;
    }

    @Test
    void anUnbalancedQueryIsExplained() {
        refused(http.get("/api/search?q=" + Http.encode("\"mobilisation partielle")), 400, "bad-query", "unbalanced quotation mark");
        refused(http.get("/api/search?q=" + Http.encode("(armée OR russe")), 400, "bad-query", "unbalanced parenthesis");
        refused(http.get("/api/facets/speakers?q=" + Http.encode("*bilisation")), 400, "bad-query", "cannot read query");
    }

    @Test
    void hugeParametersAreRefused() {
        String words = "mobilisation ".repeat(400);
        refused(http.get("/api/search?q=" + Http.encode(words)), 400, "bad-parameter", "longer than 1000 characters");
        // 20 KB: past the request line Jetty accepts (8 KB), refused before any handler runs, still as JSON.
        // Not much more: Jetty reads no further than its limit before closing, and a request larger than
        // the loopback socket buffers would leave bytes unread, turning the close into a reset that can
        // beat the reply to the client (the reply is sent; the test would see "connection reset").
        Http.Reply huge = http.get("/api/search?q=" + "a".repeat(20_000));
        assertTrue(huge.status() == 414 || huge.status() == 431, huge.status() + " " + huge.body());
        refused(huge, huge.status(), null, null);
    }

    @Test
    void limitsAndOffsetsOutOfRangeAreRefused() {
        refused(http.get("/api/search?limit=0"), 400, "bad-parameter", "limit must be between 1 and 1000: 0");
        refused(http.get("/api/search?limit=1001"), 400, "bad-parameter", "limit must be between 1 and 1000");
        refused(http.get("/api/search?limit=ten"), 400, "bad-parameter", "limit must be a whole number");
        refused(http.get("/api/search?offset=-1"), 400, "bad-parameter", "offset must be between 0 and 10000");
        refused(http.get("/api/facets/entities?limit=99999999999"), 400, "bad-parameter", "limit must be a whole number");
    }

    @Test
    void badDatesAreRefused() {
        refused(http.get("/api/search?from=2023-13-45"), 400, "bad-parameter", "from must be a date written YYYY-MM-DD");
        refused(http.get("/api/search?to=yesterday"), 400, "bad-parameter", "to must be a date");
        refused(http.get("/api/search?from=2023-03-01&to=2023-02-01"), 400, "bad-parameter", "after");
    }

    @Test
    void unknownValuesAndParametersAreRefused() {
        refused(http.get("/api/search?kind=tweet"), 400, "bad-parameter", "unknown record type 'tweet'");
        refused(http.get("/api/search?quoteKind=shouted"), 400, "bad-parameter", "quoteKind must be direct, mixed or indirect");
        refused(http.get("/api/search?entityType=planet"), 400, "bad-parameter", "entityType");
        refused(http.get("/api/search?lang=French"), 400, "bad-parameter", "lang must be a language code");
        refused(http.get("/api/search?qury=armée"), 400, "bad-parameter", "unknown parameter 'qury'");
        refused(http.get("/api/search?q=a&q=b"), 400, "bad-parameter", "'q' is given 2 times");
        refused(http.get("/api/facets/people"), 404, "not-found", "no facet 'people'");
        refused(http.get("/api/entities/Minsk?offset=3"), 400, "bad-parameter", "unknown parameter 'offset'");
    }

    @Test
    void brokenEscapesInTheQueryStringAreRefusedNotDropped() {
        // Javalin's own parameter map leaves such pairs out: q=flood% searched everything.
        refused(http.getVerbatim("/api/search?q=flood%"), 400, "bad-parameter", "broken %-escape in 'q=flood%'");
        refused(http.getVerbatim("/api/search?kind=%zz&limit=1"), 400, "bad-parameter", "broken %-escape in 'kind=%zz'");
        refused(http.getVerbatim("/api/search?%zz=1"), 400, "bad-parameter", "broken %-escape");
        refused(http.getVerbatim("/api/search?limit=5&limit=%zz"), 400, "bad-parameter", "broken %-escape");
        refused(http.getVerbatim("/api/search?q=h%F4pital"), 400, "bad-parameter", "'q=h%F4pital' is not UTF-8");
        refused(http.getVerbatim("/api/entities/Minsk?quoteKind=%G1"), 400, "bad-parameter", "broken %-escape");
        // What decodes is read as before: '+' and %20 are spaces, UTF-8 escapes are letters.
        assertEquals(200, http.getVerbatim("/api/search?q=arm%C3%A9e+partielle&kind=quote").status());
    }

    @Test
    void everyRouteRefusesParametersItDoesNotTake() {
        refused(http.get("/api/health?verbose=1"), 400, "bad-parameter", "unknown parameter 'verbose'");
        refused(http.get("/api/articles/fr0000000000abc1?fields=title"), 400, "bad-parameter", "unknown parameter 'fields'");
        refused(http.post("/api/analyze?lang=fr", "text/plain", "Le maire a parlé.".getBytes(StandardCharsets.UTF_8)), 400,
                "bad-parameter", "unknown parameter 'lang'");
    }

    @Test
    void headAnswersAsGetWould() {
        assertEquals(200, http.head("/api/health"));
        assertEquals(200, http.head("/api/search?q=mobilisation"));
        assertEquals(400, http.head("/api/search?limit=0"));
        assertEquals(404, http.head("/api/articles/ffffffffffffffff"));
        assertEquals(404, http.head("/api/entities/Nobody%20Here"));
    }

    @Test
    void pathLikeIdsAreNeverFiles() {
        refused(http.get("/api/articles/..%2F..%2F..%2Fetc%2Fpasswd"), 400, "bad-parameter", "not an article id");
        refused(http.get("/api/articles/%2E%2E"), 400, "bad-parameter", "not an article id");
        refused(http.get("/api/entities/..%2F..%2Fetc%2Fpasswd"), 400, "bad-parameter", "not an entity id");
        refused(http.get("/api/entities/../../etc/passwd"), 400, "bad-parameter", "not an entity id");
        Http.Reply dots = http.getRaw("/api/articles/../../../etc/passwd");
        assertTrue(dots.status() == 400 || dots.status() == 404, dots.status() + " " + dots.body());
        assertFalse(dots.body().contains("root:"), dots.body());
        Http.Reply web = http.getRaw("/../../../../etc/passwd");
        assertTrue(web.status() == 400 || web.status() == 404, web.status() + " " + web.body());
        assertFalse(web.body().contains("root:"), "the web root keeps to its folder: " + web.body());
    }

    @Test
    void theWebRootIsServedBesideTheApi() {
        Http.Reply page = http.get("/index.html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>Veille</title>"));
        refused(http.get("/api/nothing-here"), 404, "not-found", "no route GET /api/nothing-here");
    }

    @Test
    void oversizedBodiesAreRefused() {
        byte[] big = new byte[MAX_BODY + 1];
        Arrays.fill(big, (byte) 'a');
        refused(http.post("/api/analyze", "text/plain", big), 413, "too-large", "limit of " + MAX_BODY + " bytes");
        // Without a Content-Length (chunked), the limit holds while reading.
        refused(http.send(chunked(big)), 413, "too-large", "limit of " + MAX_BODY + " bytes");
    }

    /**
     * A client still sending when the server refuses must read the 413, not a reset connection. Bodies a few
     * times the limit overflow the socket buffers, so a server that closed without reading the rest would
     * reset the connection under the client's feet (in most rounds, so several are sent).
     */
    @Test
    void clientsStillSendingReadTheRefusal() {
        byte[] larger = new byte[4 * MAX_BODY];
        Arrays.fill(larger, (byte) 'a');
        for (int round = 0; round < 5; round++) {
            refused(http.post("/api/analyze", "text/plain", larger), 413, "too-large", "limit of " + MAX_BODY + " bytes");
            refused(http.send(chunked(larger)), 413, "too-large", "limit of " + MAX_BODY + " bytes");
        }
    }

    private HttpRequest.Builder chunked(byte[] body) {
        return HttpRequest.newBuilder(running.server().uri().resolve("/api/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    @Test
    void bodiesOfOtherMediaTypesAreRefused() {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        refused(http.post("/api/analyze", "application/pdf", pdf), 415, "unsupported-media-type", "cannot analyse application/pdf");
        refused(http.post("/api/analyze", null, pdf), 415, "unsupported-media-type", "a Content-Type is needed");
    }

    @Test
    void badJsonBodiesAreExplained() {
        refused(http.post("/api/analyze", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8)), 400, "bad-json", "not valid JSON");
        refused(http.post("/api/analyze", "application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8)), 400, "bad-json", "JSON object");
        refused(http.post("/api/analyze", "application/json", "{\"body\": \"x\"}".getBytes(StandardCharsets.UTF_8)), 400, "bad-json", "unknown field 'body'");
        refused(http.post("/api/analyze", "application/json", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8)), 400, "bad-json", "'text' is required");
        refused(http.post("/api/analyze", "application/json", "{\"text\": 3}".getBytes(StandardCharsets.UTF_8)), 400, "bad-json", "must be a string");
        byte[] latin1 = "{\"text\": \"L'armée a déclaré\"}".getBytes(StandardCharsets.ISO_8859_1);
        refused(http.post("/api/analyze", "application/json", latin1), 400, "bad-json", "not valid JSON");
    }

    @Test
    void pagesWithoutTextAreUnprocessable() {
        refused(http.post("/api/analyze", "text/html", "   \n ".getBytes(StandardCharsets.UTF_8)), 422, "empty", "request body contains only whitespace");
        refused(http.post("/api/analyze", "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}), 422, "binary", "not a text document");
    }

    @Test
    void wrongMethodsAreRefused() {
        refused(http.send(HttpRequest.newBuilder(running.server().uri().resolve("/api/search")).DELETE()), 405, "method-not-allowed", "allowed: GET");
        refused(http.post("/api/search", "text/plain", new byte[0]), 405, "method-not-allowed", null);
        refused(http.get("/api/analyze"), 405, "method-not-allowed", "allowed: POST");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theServerIsStillUpAfterAllThat() {
        Http.Reply health = http.get("/api/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("status").asText());
        assertEquals(200, http.get("/api/search?q=armée").status());
    }
}
