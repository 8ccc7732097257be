package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.metadata.Pages.read;

import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.veille.extract.RandomSoup;

import com.fasterxml.jackson.databind.JsonNode;

/** Schema.org JSON-LD as pages really ship it: nested, in graphs, and often broken. */
class JsonLdReaderTest {
    private final JsonLdReader reader = new JsonLdReader();

    private List<JsonNode> nodes(String json) {
        return reader.nodes(Jsoup.parse("<script type=\"application/ld+json\">" + json + "</script>"));
    }

    @Test
    void aRawNewlineInsideAStringIsStillRead() {
        String page = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour council\nbacks plan\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>";
        PageMetadata metadata = read(page);
        assertEquals("Harbour council backs plan", metadata.title());
        assertEquals(List.of("Jane Doe"), metadata.authors());
    }

    @Test
    void aTrailingCommaIsStillRead() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour council backs plan","articleSection":"Politics",}
                </script>""";
        assertEquals("Harbour council backs plan", read(page).title());
        assertEquals("Politics", read(page).section());
    }

    @Test
    void commentsAndAnHtmlCommentWrapperAreTolerated() {
        List<JsonNode> found = nodes("<!--\n{\"@type\":\"NewsArticle\", // the article\n \"headline\":\"x\"}\n-->");
        assertEquals(1, found.size());
    }

    @Test
    void oneBrokenBlockDoesNotHideTheOthers() {
        String page = """
                <script type="application/ld+json">{"@type":"WebSite","name": </script>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour council backs plan"}</script>""";
        assertEquals("Harbour council backs plan", read(page).title());
    }

    @Test
    void graphsArraysAndMainEntitiesAreFlattened() {
        List<JsonNode> found = nodes("""
                [{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},
                  {"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"H"}}]},
                 {"@type":"BreadcrumbList"}]""");
        assertEquals(List.of("website", "webpage", "newsarticle", "breadcrumblist"),
                found.stream().map(node -> JsonLdReader.types(node).get(0)).toList());
    }

    @Test
    void theArticleNodeIsPreferredToOtherNodes() {
        List<JsonNode> found = nodes("""
                {"@graph":[{"@type":"WebPage","headline":"Page"},{"@type":"Organization","name":"O"},
                  {"@type":["NewsArticle","Article"],"headline":"Story"}]}""");
        assertEquals("Story", JsonLdReader.text(reader.article(found), "headline"));
    }

    @Test
    void aWebPageWithAHeadlineStandsInForAMissingArticle() {
        List<JsonNode> found = nodes("{\"@type\":\"WebPage\",\"headline\":\"Page headline\"}");
        assertEquals("Page headline", JsonLdReader.text(reader.article(found), "headline"));
    }

    @Test
    void typesLoseTheirNamespaceAndCase() {
        List<JsonNode> found = nodes("{\"@type\":\"http://schema.org/NewsArticle\"}");
        assertEquals(List.of("newsarticle"), JsonLdReader.types(found.get(0)));
        assertTrue(JsonLdReader.hasType(found.get(0), "NewsArticle"));
    }

    @Test
    void textFieldsAreReadFromStringsObjectsAndArrays() {
        JsonNode node = nodes("""
                {"@type":"NewsArticle","a":"  plain  ","b":{"name":"named"},"c":["", {"@value":"valued"}],"d":12,"e":""}""").get(0);
        assertEquals("plain", JsonLdReader.text(node, "a"));
        assertEquals("named", JsonLdReader.text(node, "b"));
        assertEquals("valued", JsonLdReader.text(node, "c"));
        assertEquals("12", JsonLdReader.text(node, "d"));
        assertNull(JsonLdReader.text(node, "e"));
        assertNull(JsonLdReader.text(node, "missing"));
        assertNull(JsonLdReader.text(null, "a"));
    }

    @Test
    void emptyInputGivesNoNodes() {
        assertEquals(List.of(), reader.nodes(Jsoup.parse("")));
        assertEquals(List.of(), nodes(""));
        assertEquals(List.of(), nodes("   "));
        assertNull(reader.article(List.of()));
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(1234567L);
        for (int i = 0; i < 1000; i++) {
            String json = i % 4 == 0 ? RandomSoup.bytesAsText(random, random.nextInt(800)) : RandomSoup.soup(random, random.nextInt(120));
            List<JsonNode> found = assertDoesNotThrow(() -> nodes(json), json);
            assertDoesNotThrow(() -> reader.article(found), json);
            assertDoesNotThrow(() -> read("<script type=\"application/ld+json\">" + json + "</script>"), json);
        }
    }
}
