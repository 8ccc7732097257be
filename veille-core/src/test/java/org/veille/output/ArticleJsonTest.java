package org.veille.output;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.model.Analysis;
import org.veille.model.ArticleRecord;
import org.veille.model.DateMention;
import org.veille.model.DateResolution;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Extraction;
import org.veille.model.FetchMetadata;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.Mention;
import org.veille.model.PageType;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.model.Source;
import org.veille.model.SourceFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code veille.article/4} contract: field order, the analysis layer, reading back, older versions. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArticleJsonTest {
    private final ArticleJson json = new ArticleJson();
    private final ObjectMapper mapper = new ObjectMapper();

    private static ArticleRecord article(Analysis analysis) {
        Extraction extraction = new Extraction("https://example.org/a", "Example", PageType.ARTICLE, "Titre",
                "MONDE", List.of("Jeanne Martin"), "2023-02-21", List.of("« Je dirais oui », a-t-il déclaré.",
                "Pavel Slunkin a parlé."), List.of(), "test");
        ArticleRecord record = new ArticleRecord("0123456789abcdef", new Source("a.txt", SourceFormat.TEXT, "utf-8", 42),
                extraction, new LanguageProfile("fr", List.of(), List.of(new ForeignFragment("[x]", "en", 0, 3))), null,
                List.of(), null);
        return analysis == null ? record : record.withAnalysis(analysis, List.of());
    }

    private static Analysis analysis() {
        Entity slunkin = new Entity("e1", "Pavel Slunkin", EntityType.PERSON, List.of(new Mention("Pavel Slunkin", 36, 49)));
        Quote quote = new Quote("Je dirais oui", QuoteKind.DIRECT, "Pavel Slunkin", "e1", new Mention("il", 22, 24),
                "a-t-il déclaré", 2, 15, false, 0.75);
        DateMention tuesday = new DateMention("mardi 21 février", "2023-02-21", DateResolution.ARTICLE_DATE, 60, 76);
        DateMention yesterday = new DateMention("hier", null, DateResolution.UNRESOLVED, 80, 84);
        return new Analysis(List.of(slunkin), List.of(quote), List.of(tuesday, yesterday));
    }

    @Test
    void writes_the_analysis_layer_after_the_language_fields_and_reads_it_back() throws Exception {
        ArticleRecord record = article(analysis());
        String line = json.toJson(record);
        JsonNode node = mapper.readTree(line);
        assertEquals("veille.article/4", node.path("schema").asText());
        List<String> fields = names(node.fieldNames());
        assertEquals(List.of("schema", "id", "source", "url", "site", "language", "pageType", "title", "section",
                "authors", "published", "paragraphs", "captions", "text", "foreignFragments", "paragraphLanguages",
                "entities", "quotes", "dates", "extractor", "warnings", "error"), fields);
        JsonNode quote = node.path("quotes").get(0);
        assertEquals("direct", quote.path("kind").asText());
        assertEquals("e1", quote.path("speakerEntity").asText());
        assertEquals("il", quote.path("speakerMention").path("text").asText());
        assertEquals("PERSON", node.path("entities").get(0).path("type").asText());
        JsonNode date = node.path("dates").get(0);
        assertEquals("2023-02-21", date.path("value").asText());
        assertEquals("article-date", date.path("resolution").asText());
        assertTrue(node.path("dates").get(1).path("value").isNull(), "an unresolved date has a null value");
        assertEquals(record, json.read(line));
    }

    @Test
    void utf8_bytes_are_the_json_line_encoded_and_read_back_from_any_slice() {
        ArticleRecord record = article(analysis());
        byte[] utf8 = json.toUtf8(record);
        assertArrayEquals(json.toJson(record).getBytes(java.nio.charset.StandardCharsets.UTF_8), utf8);
        byte[] padded = new byte[utf8.length + 7];
        System.arraycopy(utf8, 0, padded, 3, utf8.length);
        assertEquals(record, json.read(padded, 3, utf8.length));
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> json.read(utf8, 0, utf8.length / 2));
        assertTrue(broken.getMessage().startsWith("not a JSON record"), broken.getMessage());
    }

    @Test
    void an_article_not_analysed_has_null_entities_and_quotes() throws Exception {
        ArticleRecord record = article(null);
        JsonNode node = mapper.readTree(json.toJson(record));
        assertTrue(node.path("entities").isNull());
        assertTrue(node.path("quotes").isNull());
        assertTrue(node.path("dates").isNull());
        assertNull(json.read(json.toJson(record)).analysis());
        ArticleRecord empty = article(Analysis.empty());
        assertEquals(0, mapper.readTree(json.toJson(empty)).path("quotes").size());
        assertEquals(empty, json.read(json.toJson(empty)), "analysed but nothing found stays distinct from not analysed");
    }

    @Test
    void reads_versions_1_to_3_and_refuses_unknown_versions() {
        String v4 = json.toJson(article(null));
        String v3 = v4.replace("veille.article/4", "veille.article/3").replace(",\"fetched\":null,\"archive\":null", "");
        assertEquals(json.read(v4), json.read(v3), "a /3 record has no transport fields");
        String v1 = v3.replace("veille.article/3", "veille.article/1").replace("\"entities\":null,\"quotes\":null,\"dates\":null,", "");
        ArticleRecord read = json.read(v1);
        assertEquals("Titre", read.extraction().title());
        assertNull(read.analysis());
        String v2 = json.toJson(article(analysis())).replace("veille.article/4", "veille.article/2").replaceAll(",\"dates\":\\[.*?\\}\\]", "");
        Analysis analysed = json.read(v2).analysis();
        assertEquals(1, analysed.quotes().size());
        assertEquals(List.of(), analysed.dates(), "a /2 record has no dates");
        assertThrows(IllegalArgumentException.class, () -> json.read(v4.replace("veille.article/4", "veille.article/9")));
    }

    @Test
    void writes_the_transport_time_and_archive_position() throws Exception {
        ArticleRecord plain = article(null);
        Source archived = plain.source().withTransport(new FetchMetadata("https://example.org/a", 200, "text/html",
                "2023-02-21T10:15:30Z", "CC-NEWS-20230221.warc.gz#1234"));
        ArticleRecord record = new ArticleRecord(plain.id(), archived, plain.extraction(), plain.language(), null,
                plain.warnings(), null);
        JsonNode source = mapper.readTree(json.toJson(record)).path("source");
        assertEquals("2023-02-21T10:15:30Z", source.path("fetched").asText());
        assertEquals("CC-NEWS-20230221.warc.gz#1234", source.path("archive").asText());
        assertEquals(record, json.read(json.toJson(record)));
        assertTrue(mapper.readTree(json.toJson(plain)).path("source").path("fetched").isNull());
    }

    private static List<String> names(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
