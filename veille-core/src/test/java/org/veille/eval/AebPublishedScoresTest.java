package org.veille.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test of the AEB scorer: the published extractors' outputs shipped with scrapinghub-aeb, scored by our
 * code, must give the README's published F1s to within 0.001.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AebPublishedScoresTest {
    private final Map<String, AebResult> results = new HashMap<>();

    @BeforeAll
    void scoreEveryShippedToolOutput() throws IOException {
        Path dir = SharedEvalData.set(ScrapinghubAebReader.NAME);
        EvalSet set = EvalSets.open(dir);
        Map<String, String> truth = new HashMap<>();
        set.pages().forEach(p -> truth.put(p.id(), p.truth().body()));
        AebScorer scorer = new AebScorer();
        for (ToolOutput tool : new AebToolOutputs().readAll(ScrapinghubAebReader.toolOutputs(dir))) {
            results.put(tool.name(), scorer.score(truth, tool.bodies()));
        }
        StringBuilder table = new StringBuilder("tool                     F1      P       R      page-F1 mean/median\n");
        results.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().f1(), a.getValue().f1()))
                .forEach(e -> table.append(String.format(Locale.ROOT, "%-22s %.4f  %.4f  %.4f  %.4f / %.4f%n",
                        e.getKey(), e.getValue().f1(), e.getValue().precision(), e.getValue().recall(),
                        e.getValue().pageF1().mean(), e.getValue().pageF1().median())));
        System.out.print(table);
    }

    @ParameterizedTest(name = "{0} scores the published AEB F1 {1}")
    @CsvSource({
            "rs_trafilatura, 0.970",
            "trafilatura,    0.958",
            "newspaper,      0.949",
            "readability_js, 0.947",
            "readability,    0.922",
            "boilerpipe,     0.860",
            "justext,        0.804",
    })
    void shipped_outputs_reproduce_the_published_f1(String tool, double published) {
        assertEquals(published, results.get(tool).f1(), 0.001, tool);
    }

    @Test
    void whole_page_text_tools_fall_in_the_published_whole_page_range() {
        for (String tool : List.of("html-text", "beautifulsoup", "html2text", "inscriptis")) {
            double f1 = results.get(tool).f1();
            assertTrue(f1 >= 0.66 - 0.001 && f1 <= 0.68 + 0.001, tool + " " + f1);
        }
    }

    /**
     * All 32 shipped outputs against the same metric computed independently with Python's {@code re} (Python 3.11,
     * {@code Counter} multisets): agreement to 1e-4 shows the tokenizer matches Python's {@code \w} on these texts.
     */
    @ParameterizedTest(name = "{0} matches the Python reference {1}")
    @CsvSource({
            "AutoExtract, 0.9700", "rs_trafilatura, 0.9700", "go_trafilatura, 0.9597", "trafilatura, 0.9575",
            "Diffbot, 0.9509", "newspaper, 0.9487", "news_please, 0.9481", "readability_js, 0.9467",
            "go_readability_fork, 0.9467", "go_readability, 0.9341", "go_domdistiller, 0.9274",
            "readability, 0.9223", "dragnet, 0.9068", "goose3, 0.8964", "readable_readability, 0.8839",
            "readability_rs, 0.8731", "dom_smoothie, 0.8646", "boilerpipe, 0.8596", "readabilityrs, 0.8324",
            "llm_readability, 0.8290", "justext, 0.8038", "boilerpipe_rs, 0.7386", "inscriptis, 0.6794",
            "html-text, 0.6649", "beautifulsoup, 0.6649", "html2text, 0.6616", "fast_html2md, 0.5147",
            "august, 0.4707", "nanohtml2text, 0.4686", "html2text_rs, 0.4379", "mdka, 0.4348",
            "html2md_rs, 0.1502",
    })
    void every_shipped_output_matches_an_independent_python_computation(String tool, double python) {
        assertEquals(python, results.get(tool).f1(), 0.0001, tool);
    }

    @Test
    void all_thirty_two_tool_output_files_are_read_with_all_181_pages() {
        // The README speaks of 31 extractors; the folder holds 32 files.
        assertEquals(32, results.size());
        results.forEach((tool, r) -> assertEquals(181, r.pages().size(), tool));
    }
}
