package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The read routes on a real server over a small stored corpus: search, facets, articles, entity pages, health. */
class ApiTest {
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

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    @Test
    void theServerListensOnTheLoopbackPortTheSystemPicked() {
        assertTrue(running.server().port() > 0);
        assertEquals("127.0.0.1", running.server().uri().getHost());
    }

    @Test
    void healthCountsTheStoredArticles() {
        Http.Reply reply = http.get("/api/health");
        assertEquals(200, reply.status());
        assertEquals("ok", reply.json().get("status").asText());
        assertEquals(3, reply.json().get("articles").asLong());
    }

    @Test
    void searchFindsAQuotationBySpeakerWithItsMatchesMarked() {
        Http.Reply reply = http.get("/api/search?q=mobilisation&kind=quote&speaker=" + Http.encode("pavel slunkin"));
        assertEquals(200, reply.status(), reply.body());
        JsonNode json = reply.json();
        assertEquals(1, json.get("total").asLong());
        JsonNode hit = json.get("hits").get(0);
        assertEquals("fr0000000000mob1/q1", hit.get("id").asText());
        assertEquals("fr0000000000mob1", hit.get("articleId").asText());
        assertEquals("quote", hit.get("type").asText());
        assertEquals("direct", hit.get("quoteKind").asText());
        assertEquals("Pavel Slunkin", hit.get("speaker").asText());
        assertEquals("journal.example", hit.get("outlet").asText());
        assertEquals("fr", hit.get("language").asText());
        assertEquals("Le Bélarus se prépare-t-il à la mobilisation ?", hit.get("title").asText());
        String snippet = hit.get("snippet").get("text").asText();
        JsonNode mark = hit.get("snippet").get("marks").get(0);
        assertEquals("mobilisation", snippet.substring(mark.get(0).asInt(), mark.get(1).asInt()));
    }

    @Test
    void searchFiltersCombine() {
        assertEquals(List.of("en0000000000den1/q2", "fr0000000000mob1/q2"),
                ids(http.get("/api/search?kind=quote&quoteKind=indirect").json().get("hits")), "newest first without text");
        assertEquals(List.of("fr0000000000exe1/q1", "fr0000000000exe1/q2"),
                ids(http.get("/api/search?kind=quote&lang=fr&from=2023-03-01&to=2023-03-31").json().get("hits")).stream().sorted().toList());
        assertEquals(List.of("en0000000000den1"),
                ids(http.get("/api/search?kind=article&outlet=www.gazette.example").json().get("hits")));
        assertEquals(List.of("en0000000000den1", "fr0000000000mob1"),
                ids(http.get("/api/search?kind=article&entity=belarus").json().get("hits")),
                "Bélarus and Belarus are one name");
        assertEquals(List.of("fr0000000000mob1/e3", "en0000000000den1/e4", "fr0000000000exe1/e3").stream().sorted().toList(),
                ids(http.get("/api/search?kind=entity&entityType=person&q=slunkin").json().get("hits")).stream().sorted().toList());
    }

    @Test
    void searchPagesThroughHits() {
        JsonNode first = http.get("/api/search?kind=quote&limit=2").json();
        JsonNode second = http.get("/api/search?kind=quote&limit=2&offset=2").json();
        assertEquals(6, first.get("total").asLong());
        assertEquals(2, first.get("hits").size());
        assertEquals(2, second.get("offset").asInt());
        assertFalse(ids(second.get("hits")).contains(ids(first.get("hits")).get(0)));
    }

    @Test
    void facetsCountSpeakersEntitiesOutletsAndDays() {
        JsonNode speakers = http.get("/api/facets/speakers?about=Minsk").json();
        assertEquals("speakers", speakers.get("facet").asText());
        assertEquals("Pavel Slunkin", speakers.get("counts").get(0).get("value").asText());
        assertEquals(3, speakers.get("counts").get(0).get("count").asLong(), "two quotes in French, one in English");

        JsonNode entities = http.get("/api/facets/entities?limit=1").json().get("counts");
        assertEquals(1, entities.size());
        assertEquals("Minsk", entities.get(0).get("value").asText());
        assertEquals(3, entities.get(0).get("count").asLong());

        JsonNode outlets = http.get("/api/facets/outlets?lang=fr").json().get("counts");
        assertEquals(2, outlets.size());

        JsonNode days = http.get("/api/facets/days?from=2023-02-22").json().get("counts");
        assertEquals("2023-02-22", days.get(0).get("value").asText());
        assertEquals("2023-03-02", days.get(1).get("value").asText());
        assertEquals(2, days.size());
    }

    @Test
    void anArticleIsItsStoredRecord() {
        Http.Reply reply = http.get("/api/articles/fr0000000000mob1");
        assertEquals(200, reply.status());
        assertEquals("veille.article/4", reply.json().get("schema").asText());
        assertEquals("fr0000000000mob1", reply.json().get("id").asText());
        assertEquals(2, reply.json().get("quotes").size());
        assertEquals("Pavel Slunkin", reply.json().get("quotes").get(0).get("speaker").asText());
    }

    @Test
    void anUnknownArticleIsNotFound() {
        Http.Reply reply = http.get("/api/articles/ffff0000ffff0000");
        assertEquals(404, reply.status());
        assertEquals("not-found", reply.error());
        assertTrue(reply.message().contains("ffff0000ffff0000"), reply.message());
    }

    @Test
    void anEntityPageGathersItsQuotesMentionsAndCompany() {
        Http.Reply reply = http.get("/api/entities/" + Http.encode("pavel slunkin"));
        assertEquals(200, reply.status(), reply.body());
        JsonNode page = reply.json();
        assertEquals("Pavel Slunkin", page.get("name").asText());
        assertEquals("PERSON", page.get("type").asText());
        assertEquals(3, page.get("articles").asLong());
        assertEquals(3, page.get("quotesBy").get("total").asLong());
        assertEquals(List.of("fr0000000000exe1/q2"), ids(page.get("quotesAbout").get("hits")), "the diplomat names him");
        assertEquals(3, page.get("days").size());
        assertEquals("2023-02-21", page.get("days").get(0).get("value").asText());
        List<String> company = new ArrayList<>();
        page.get("coMentioned").forEach(c -> company.add(c.get("value").asText()));
        assertEquals("Minsk", company.get(0));
        assertFalse(company.contains("Pavel Slunkin"), "an entity is not its own company");
    }

    @Test
    void anEntityIdStandsForItsName() {
        Http.Reply reply = http.get("/api/entities/en0000000000den1/e3");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("Viktor Khrenin", reply.json().get("name").asText());
        assertEquals(2, reply.json().get("quotesBy").get("total").asLong());
        assertEquals(1, http.get("/api/entities/en0000000000den1/e3?lang=en").json().get("quotesBy").get("total").asLong());
    }

    @Test
    void closingTheServerEndsTheEntityPageLookupThreads(@TempDir Path own) throws IOException {
        CorpusServer other = CorpusServer.start(own);
        try {
            assertEquals(200, other.http().get("/api/entities/" + Http.encode("pavel slunkin")).status());
        } finally {
            other.close();
        }
        assertTrue(other.server().lookupsStopped(), "no lookup thread outlives its server");
    }

    @Test
    void anUnknownEntityIsNotFound() {
        assertEquals(404, http.get("/api/entities/Nobody%20Known").status());
        assertEquals(404, http.get("/api/entities/en0000000000den1/e99").status());
    }

    @Test
    void theWebUiBundledInTheJarIsServedWhenNoFolderIsGiven() {
        Http.Reply page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>Veille</title>"), page.body());
        assertEquals(200, http.get("/js/app.js").status());
        Http.Reply missing = http.get("/no-such-file.html");
        assertEquals(404, missing.status());
        assertNotNull(missing.json(), "a JSON error, not Jetty's page");
    }
}
