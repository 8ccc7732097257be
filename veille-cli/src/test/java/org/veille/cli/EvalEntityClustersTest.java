package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veille eval entities} on a folder with {@code gold.jsonl}: a one-article set written here in the
 * layout of {@code quotes/fr-news-dev}, with our own text, scores clustering rather than CoNLL tagging.
 */
class EvalEntityClustersTest {

    private static final String TEXT = String.join("\n\n",
            "Démission à la Fédération française de voile",
            "Pavel Slunkin, le président de la Fédération française de voile, a démissionné lundi à Lyon.",
            "« Je pars sans regret », a déclaré M. Slunkin aux journalistes réunis à Marseille.",
            "Selon Anna Ivanova, la trésorière, son successeur sera élu en juin. Slunkin n'a pas voulu commenter.");

    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    private Map<String, Object> quote(String text, String speaker, List<String> aliases) {
        int start = TEXT.indexOf(text);
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("kind", "direct");
        q.put("text", text);
        q.put("start", start);
        q.put("end", start + text.length());
        q.put("speaker", speaker);
        q.put("speaker_aliases", aliases);
        q.put("speaker_resolution", "named");
        q.put("cue", "a déclaré");
        return q;
    }

    @Test
    void a_set_with_gold_jsonl_is_scored_for_clustering() throws IOException {
        Path set = dir.resolve("fr-news-tiny");
        Files.createDirectories(set);
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", "a1");
        article.put("text", TEXT);
        article.put("quotes", List.of(
                quote("Je pars sans regret", "Pavel Slunkin", List.of("M. Slunkin", "le président de la Fédération")),
                quote("son successeur sera élu en juin", "Anna Ivanova", List.of("la trésorière"))));
        article.put("entities", List.of("Pavel Slunkin", "Anna Ivanova", "le bureau"));
        Files.writeString(set.resolve("gold.jsonl"), mapper.writeValueAsString(article) + "\n");

        CliRun run = CliRun.of("eval", "entities", set.toString(), "--findings", "3");

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("Entity clustering on " + set + " (fr): 1 articles"), out);
        assertTrue(out.contains("gold entities: 3 quoted, 2 named in the text; left out, unnamed: a1: le bureau"), out);
        assertTrue(out.matches("(?s).*\\nfound +1\\.000 \\(2/2\\) .*"), out);
        assertTrue(out.matches("(?s).*\\nsplit +0\\.000 \\(0/2\\) .*"), out);
        assertTrue(out.matches("(?s).*\\nname +1\\.000 \\(2/2\\) .*"), out);
        assertTrue(out.contains("B-cubed over the"), out);
        assertTrue(out.contains("\nSPLIT: 0\n") && out.contains("\nMISSED: 0"), out);
    }
}
