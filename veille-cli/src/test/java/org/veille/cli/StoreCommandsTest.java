package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.Analysis;
import org.veille.model.ArticleRecord;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Extraction;
import org.veille.model.LanguageProfile;
import org.veille.model.Mention;
import org.veille.model.PageType;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.model.Source;
import org.veille.model.SourceFormat;
import org.veille.output.ArticleJson;
import org.veille.store.StoreWriter;

/** {@code veille ingest}, {@code search} and {@code top} on a temporary index, run as a user runs them. */
class StoreCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** An analysed record as analyze writes it: a French article quoting Pavel Slunkin about Belarus. */
    private static ArticleRecord analysed(String id, String url, String published) {
        String body = "« La mobilisation partielle n'est pas exclue », a déclaré Pavel Slunkin à propos du Bélarus.";
        Extraction extraction = new Extraction(url, null, PageType.ARTICLE, "Le Bélarus et la mobilisation", null, List.of(),
                published, List.of(body), List.of(), "test");
        int name = body.indexOf("Pavel Slunkin");
        int country = body.indexOf("Bélarus");
        Analysis analysis = new Analysis(
                List.of(new Entity("e1", "Pavel Slunkin", EntityType.PERSON, List.of(new Mention("Pavel Slunkin", name, name + 13))),
                        new Entity("e2", "Bélarus", EntityType.LOCATION, List.of(new Mention("Bélarus", country, country + 7)))),
                List.of(new Quote("La mobilisation partielle n'est pas exclue", QuoteKind.DIRECT, "Pavel Slunkin", "e1", null,
                        "a déclaré", 2, 44, false, 0.9)),
                List.of());
        return new ArticleRecord(id, new Source(url, SourceFormat.HTML, "utf-8", 100), extraction,
                new LanguageProfile("fr", List.of(), List.of()), analysis, List.of(), null);
    }

    private Path records(String name, String... extraLines) throws IOException {
        ArticleJson json = new ArticleJson();
        StringBuilder lines = new StringBuilder()
                .append(json.toJson(analysed("aaaaaaaaaaaaaaa1", "https://journal.example/mobilisation", "2023-02-21"))).append('\n')
                .append(json.toJson(analysed("aaaaaaaaaaaaaaa2", "https://autre.example/reprise", "2023-02-22"))).append('\n');
        for (String line : extraLines) {
            lines.append(line).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private String index() {
        return dir.resolve("index").toString();
    }

    private static List<JsonNode> lines(String stdout) throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void ingestingPagesTwiceStoresThemOnceAndCountsErrorRecords() throws IOException {
        Path pages = dir.resolve("pages");
        Fixtures.copy(Fixtures.EN_ARTICLE, pages.resolve("a.html"));
        Fixtures.copy(Fixtures.FR_DUMP, pages.resolve("b.txt"));
        Files.write(pages.resolve("c-empty.txt"), new byte[0]);

        CliRun first = CliRun.of("ingest", "--index", index(), pages.toString());
        CliRun second = CliRun.of("ingest", "--index", index(), pages.toString());

        assertEquals(1, first.exitCode(), first.describe());
        assertEquals("ingest: read 3, new 2, unchanged 0, replaced 0, duplicates 0, errors 1 (index " + index() + ")\n", first.stdout());
        assertEquals("ingest: read 3, new 0, unchanged 2, replaced 0, duplicates 0, errors 1 (index " + index() + ")\n", second.stdout());
        CliRun library = CliRun.of("search", "library", "--kind", "article", "--format", "jsonl", "--index", index());
        assertEquals(0, library.exitCode(), library.describe());
        List<JsonNode> hits = lines(library.stdout());
        assertEquals(1, hits.size(), library.stdout());
        assertEquals("https://marsh-gazette.example/local/library-reopens", hits.get(0).path("url").asText());
        CliRun market = CliRun.of("search", "marché", "--lang", "fr", "--index", index());
        assertTrue(market.stdout().contains("Le [marché] couvert de Brenneval"), market.describe());
    }

    @Test
    void analysedRecordsAreStoredAsTheyAreWithBadLinesCountedAsErrors() throws IOException {
        Path jsonl = records("records.jsonl", "{not json", "");

        CliRun run = CliRun.of("ingest", "--index", index(), jsonl.toString());

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals("ingest: read 3, new 1, unchanged 0, replaced 0, duplicates 1, errors 1 (index " + index() + ")\n", run.stdout(),
                "the second record is the first one's text at another address");
        assertTrue(run.stderr().contains("line 3 is not a record"), run.describe());
        CliRun quotes = CliRun.of("search", "--speaker", "pavel slunkin", "--format", "jsonl", "--index", index());
        List<JsonNode> hits = lines(quotes.stdout());
        assertEquals(1, hits.size(), quotes.describe());
        assertEquals("La mobilisation partielle n'est pas exclue", hits.get(0).path("text").asText());
        assertEquals("Pavel Slunkin", hits.get(0).path("speaker").asText());
        assertEquals("direct", hits.get(0).path("quoteKind").asText());
        CliRun withCopies = CliRun.of("search", "--speaker", "Pavel Slunkin", "--include-copies", "--format", "jsonl", "--index", index());
        assertEquals(2, lines(withCopies.stdout()).size(), withCopies.describe());
    }

    @Test
    void searchMarksMatchesAndAppliesFilters() throws IOException {
        CliRun.of("ingest", "--index", index(), records("records.jsonl").toString());

        CliRun text = CliRun.of("search", "mobilisation", "--kind", "quote", "--from", "2023-02-01", "--index", index());
        assertEquals(0, text.exitCode(), text.describe());
        assertTrue(text.stdout().startsWith("1 hit, 1 to 1:\n1. quote · 2023-02-21 · journal.example · fr\n"), text.stdout());
        assertTrue(text.stdout().contains("Pavel Slunkin (direct): La [mobilisation] partielle n'est pas exclue"), text.stdout());

        CliRun json = CliRun.of("search", "mobilisation", "--kind", "quote", "--format", "jsonl", "--index", index());
        JsonNode snippet = lines(json.stdout()).get(0).path("snippet");
        assertEquals("[[3,15]]", snippet.path("marks").toString(), json.stdout());

        CliRun none = CliRun.of("search", "mobilisation", "--to", "2023-02-20", "--index", index());
        assertEquals("0 hits\n", none.stdout());
    }

    @Test
    void topCountsSpeakersEntitiesOutletsAndDaysUnderTheFilters() throws IOException {
        Path other = dir.resolve("other.jsonl");
        ArticleRecord unrelated = new ArticleRecord("bbbbbbbbbbbbbbb1", new Source("https://third.example/x", SourceFormat.HTML, "utf-8", 10),
                new Extraction("https://third.example/x", null, PageType.ARTICLE, "Autre sujet", null, List.of(), "2023-03-01",
                        List.of("« Rien à signaler », a dit Jean Dupont."), List.of(), "test"),
                new LanguageProfile("fr", List.of(), List.of()),
                new Analysis(List.of(new Entity("e1", "Jean Dupont", EntityType.PERSON, List.of(new Mention("Jean Dupont", 27, 38)))),
                        List.of(new Quote("Rien à signaler", QuoteKind.DIRECT, "Jean Dupont", "e1", null, "a dit", 2, 17, false, 0.9)),
                        List.of()),
                List.of(), null);
        Files.writeString(other, new ArticleJson().toJson(unrelated) + "\n");
        CliRun ingest = CliRun.of("ingest", "--index", index(), records("records.jsonl").toString(), other.toString());
        assertEquals(0, ingest.exitCode(), ingest.describe());

        assertEquals("1\tJean Dupont\n1\tPavel Slunkin\n", CliRun.of("top", "speakers", "--index", index()).stdout());
        assertEquals("1\tPavel Slunkin\n", CliRun.of("top", "speakers", "--about", "Belarus", "--index", index()).stdout());
        assertEquals("1\tJean Dupont\n", CliRun.of("top", "speakers", "--from", "2023-03-01", "--index", index()).stdout());
        assertEquals("1\tBélarus\n", CliRun.of("top", "entities", "--entity-type", "location", "--index", index()).stdout());
        assertEquals("1\tjournal.example\n1\tthird.example\n", CliRun.of("top", "outlets", "--index", index()).stdout());
        assertEquals("2023-02-21\t1\n2023-03-01\t1\n", CliRun.of("top", "days", "--index", index()).stdout());
        assertEquals("{\"value\":\"Pavel Slunkin\",\"count\":1}\n",
                CliRun.of("top", "speakers", "--query", "mobilisation", "--format", "jsonl", "--index", index()).stdout());
    }

    @Test
    void aSecondIngestIntoABusyIndexIsRefusedClearly() throws IOException {
        try (StoreWriter busy = StoreWriter.open(dir.resolve("index"))) {
            CliRun run = CliRun.of("ingest", "--index", index(), records("records.jsonl").toString());

            assertEquals(3, run.exitCode(), run.describe());
            assertEquals("", run.stdout());
            assertTrue(run.stderr().startsWith("veille: the index in " + index() + " is being written by another writer"), run.describe());
        }
    }

    @Test
    void badParametersAreUsageErrors() throws IOException {
        CliRun.of("ingest", "--index", index(), records("records.jsonl").toString());
        List<List<String>> lines = List.of(
                List.of("search", "\"mobilisation", "--index", index()),
                List.of("search", "x", "--kind", "paragraph", "--index", index()),
                List.of("search", "x", "--limit", "0", "--index", index()),
                List.of("search", "x", "--limit", "100000", "--index", index()),
                List.of("search", "x", "--from", "21/02/2023", "--index", index()),
                List.of("search", "x", "--from", "2023-03-01", "--to", "2023-02-01", "--index", index()),
                List.of("search", "x", "--lang", "French", "--index", index()),
                List.of("search", "x", "--index", dir.resolve("no-index").toString()),
                List.of("top", "quotes", "--index", index()),
                List.of("top", "speakers", "--limit", "0", "--index", index()),
                List.of("top", "speakers", "--query", "(open", "--index", index()),
                List.of("ingest", "--commit-every", "0", "x.html", "--index", index()),
                List.of("ingest", "--index", index()));
        for (List<String> line : lines) {
            CliRun run = CliRun.of(line.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.describe());
            assertEquals("", run.stdout(), run.describe());
            assertTrue(run.stderr().contains("Usage:"), run.describe());
        }
        CliRun quote = CliRun.of("search", "\"mobilisation", "--index", index());
        assertTrue(quote.stderr().startsWith("unbalanced quotation mark in query: \"mobilisation"), quote.describe());
    }
}
