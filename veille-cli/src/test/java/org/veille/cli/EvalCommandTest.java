package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veille eval extraction} on tiny sets written here in the shared layout
 * ({@code truth/<id>.json} beside {@code html/<id>.html.gz}); the expected scores follow from the
 * README's metric definitions applied by hand to these pages.
 */
class EvalCommandTest {

    private static final String LIBRARY_BODY = String.join("\n\n",
            "The library in Fenwick reopened its doors on Thursday, seven months after floodwater ruined the ground "
                    + "floor and most of the children's books.",
            "Volunteers spent the winter drying shelves, sorting donations and repainting the reading room, while the "
                    + "county council paid for a new floor and new wiring.",
            "\"We had more than two thousand books given to us by people from all over the valley,\" said the head "
                    + "librarian, Moira Quill. \"Some came with notes inside saying which ones their own children had loved.\"",
            "The library will open six days a week from next month, and the council says it will add a storytelling "
                    + "morning for toddlers on Saturdays.");
    private static final String FERRY_BODY = String.join("\n\n",
            "The ferry between Quayside and the island will leave every forty minutes instead of every hour from the "
                    + "first of June, the operator announced on Monday.",
            "The last crossing of the day will also move later, to half past ten in the evening, so that people working "
                    + "in the harbour restaurants can get home.");

    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    private void page(Path set, String id, String fixture, Map<String, Object> truth) throws IOException {
        Fixtures.copyGzipped(fixture, set.resolve("html").resolve(id + ".html.gz"));
        Files.createDirectories(set.resolve("truth"));
        mapper.writeValue(set.resolve("truth").resolve(id + ".json").toFile(), truth);
    }

    private Path aebSet() throws IOException {
        Path set = dir.resolve("tiny-aeb");
        page(set, "p1", Fixtures.EN_ARTICLE, Map.of("articleBody", LIBRARY_BODY, "url", "https://example.org/1"));
        page(set, "p2", Fixtures.EN_NOTE, Map.of("articleBody", FERRY_BODY, "url", "https://example.org/2"));
        return set;
    }

    @Test
    void aebSetIsScoredWithTheShingleMetric() throws IOException {
        Path set = aebSet();

        CliRun run = CliRun.of("eval", "extraction", "--threads", "1", set.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("Evaluation set scrapinghub-aeb: 2 pages, 0 failed"), out);
        assertTrue(out.contains("F1 1.000   P 1.000 (over 2 pages)   R 1.000 (over 2 pages)"), out);
        assertTrue(out.contains("per-page F1: mean 1.000, median 1.000"), out);
        assertTrue(out.contains("readability-lxml"), "published peers are shown beside the run: " + out);
        assertTrue(out.contains("(2 pages in "), out);
    }

    @Test
    void unreadablePageCostsOnlyItselfAndIsListed() throws IOException {
        Path set = aebSet();
        page(set, "p3", Fixtures.EN_NOTE, Map.of("articleBody", FERRY_BODY));
        Path gz = set.resolve("html").resolve("p3.html.gz");
        byte[] whole = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(whole, whole.length / 2));

        CliRun run = CliRun.of("eval", "extraction", "--threads", "2", "--worst", "1", set.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("3 pages, 1 failed (scored as empty: p3)"), out);
        // p3 predicts nothing: no precision to average (tp+fp=0), recall 0. R = 2/3, F1 = 2PR/(P+R) = 0.8.
        assertTrue(out.contains("F1 0.800   P 1.000 (over 2 pages)   R 0.667 (over 3 pages)"), out);
        assertTrue(out.contains("worst pages"), out);
        assertTrue(out.lines().anyMatch(line -> line.contains("0.000  p3  unreadable")), out);
    }

    @Test
    void wcxbSetIsScoredOnWordsSnippetsAndMetadata() throws IOException {
        Path set = dir.resolve("tiny-wcxb");
        Map<String, Object> library = new LinkedHashMap<>();
        library.put("url", "https://marsh-gazette.example/local/library-reopens");
        library.put("page_type", "article");
        library.put("main_content", LIBRARY_BODY);
        library.put("title", "Village library reopens after flood repairs");
        library.put("author", List.of("Robin Ashdown"));
        library.put("publish_date", "2024-05-02");
        library.put("with", List.of("seven months after floodwater"));
        library.put("without", List.of("All rights reserved"));
        page(set, "w1", Fixtures.EN_ARTICLE, library);
        Map<String, Object> ferry = new LinkedHashMap<>();
        ferry.put("url", "https://coast.example/ferry");
        ferry.put("page_type", "article");
        ferry.put("main_content", FERRY_BODY);
        ferry.put("title", "A headline the page does not have");
        ferry.put("author", null);
        ferry.put("publish_date", null);
        ferry.put("with", List.of("every forty minutes"));
        ferry.put("without", List.of());
        page(set, "w2", Fixtures.EN_NOTE, ferry);

        CliRun run = CliRun.of("eval", "extraction", set.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("Evaluation set wcxb-dev: 2 pages, 0 failed"), out);
        assertTrue(out.lines().anyMatch(line -> line.matches("\\s+all\\s+2\\s+1\\.000 \\[1\\.000\\]\\s+1\\.000 \\[1\\.000\\]\\s+1\\.000 \\[1\\.000\\]\\s*")), out);
        assertTrue(out.contains("TP 2  FN 0  FP 0  TN 1"), out);
        assertTrue(out.lines().anyMatch(line -> line.matches("\\s+title\\s+0\\.500 \\(1/2\\).*")), out);
        assertTrue(out.lines().anyMatch(line -> line.matches("\\s+author\\s+1\\.000 \\(1/1\\).*0/1 \\(0\\.000\\)")), out);
        assertTrue(out.lines().anyMatch(line -> line.matches("\\s+date\\s+1\\.000 \\(1/1\\).*0/1 \\(0\\.000\\)")), out);
    }

    @Test
    void severalSetsAreReportedInArgumentOrder() throws IOException {
        Path first = aebSet();
        Path second = dir.resolve("copy").resolve("scrapinghub-aeb");
        page(second, "q1", Fixtures.EN_NOTE, Map.of("articleBody", FERRY_BODY));

        CliRun run = CliRun.of("eval", "extraction", first.toString(), second.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        int a = out.indexOf("2 pages, 0 failed");
        int b = out.indexOf("1 pages, 0 failed");
        assertTrue(a >= 0 && b > a, out);
    }

    @Test
    void coreNlpQuoteEngineRefusesAFrenchSetBeforeLoadingAnything() throws IOException {
        // The French quotation set's layout, with no articles: the refusal must come first.
        Path set = Files.createDirectories(dir.resolve("fr-news-dev"));
        Files.writeString(set.resolve("gold.jsonl"), "");
        Files.createDirectories(set.resolve("dumps"));

        CliRun run = CliRun.of("eval", "quotes", "--engine", "corenlp", set.toString());

        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("--engine corenlp reads English sets only"), run.describe());
    }

    @Test
    void entitiesAreScoredWithExactSpansPerType() throws IOException {
        // Our own two sentences in the CoNLL layout, with names no tagger misses (Google is also on
        // Veille's own list of organisations), and one it cannot know: "Moira Quill" is tagged a person,
        // but the gold here calls it an organisation, to show a type error costs both P and R.
        Path set = dir.resolve("ner-en");
        Files.createDirectories(set);
        Files.writeString(set.resolve("test.conllu"), String.join("\n",
                "0\tBarack\tB-PER", "1\tObama\tI-PER", "2\tvisited\tO", "3\tParis\tB-LOC", "4\t.\tO", "",
                "0\tGoogle\tB-ORG", "1\thired\tO", "2\tMoira\tB-ORG", "3\tQuill\tI-ORG", "4\t.\tO", ""));

        CliRun run = CliRun.of("eval", "entities", set.toString());

        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().contains("4 gold entities"), run.stdout());
        assertTrue(run.stdout().matches("(?s).*\\nLOC +1 +1\\.000 +1\\.000 +1\\.000\\n.*"), run.stdout());
        assertTrue(run.stdout().matches("(?s).*\\nORG +2 +1\\.000 +0\\.500 +0\\.667\\n.*"), run.stdout());
        assertTrue(run.stdout().matches("(?s).*\\nPER +1 +0\\.500 +1\\.000 +0\\.667\\n.*"), run.stdout());
    }
}
