package org.veille.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code veille train attribution}, then the model in {@code eval quotes} and {@code analyze}, on a
 * small corpus of our own written in PolNeAR's layout (text/ and brat attributions/).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainAttributionTest {
    private static final String[] NAMES = {"John Carter", "Linda Hayes", "Robert Miles", "Susan Ward", "Peter Grant", "Nancy Cole"};
    private static final String[] CLAUSES = {"the budget would be cut next year", "taxes were far too high",
            "the plant will close in the spring", "the vote had been delayed", "the new road is unsafe"};

    @TempDir
    Path dir;

    /** One article: a plain sentence, then "NAME said that CLAUSE." paragraphs, with their brat lines. */
    private void article(Path corpus, int n) throws IOException {
        StringBuilder text = new StringBuilder("The council met in Springfield on Tuesday evening.");
        StringBuilder ann = new StringBuilder();
        int t = 0;
        for (int p = 0; p < 3; p++) {
            String name = NAMES[(n + p) % NAMES.length];
            String clause = CLAUSES[(n * 3 + p) % CLAUSES.length];
            text.append("\n\n");
            int source = text.length();
            text.append(name).append(" said that ");
            int content = text.length();
            text.append(clause).append('.');
            ann.append("T").append(++t).append("\tSource ").append(source).append(' ').append(source + name.length()).append('\t').append(name).append('\n');
            ann.append("T").append(++t).append("\tCue ").append(source + name.length() + 1).append(' ').append(source + name.length() + 5).append("\tsaid\n");
            ann.append("T").append(++t).append("\tContent ").append(content).append(' ').append(content + clause.length()).append('\t').append(clause).append('\n');
            ann.append("E").append(p + 1).append("\tAttribution:T").append(t - 1).append(" Content:T").append(t).append(" Cue:T").append(t - 1)
                    .append(" Source:T").append(t - 2).append('\n');
        }
        Files.writeString(corpus.resolve("text/a" + n + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("attributions/a" + n + "_x1.ann"), ann, StandardCharsets.UTF_8);
    }

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("attributions"));
        for (int n = 0; n < 16; n++) {
            article(corpus, n);
        }
        return corpus;
    }

    @Test
    void a_model_is_trained_scored_and_used_by_analyze() throws IOException {
        Path corpus = corpus();
        Path model = dir.resolve("models/attribution.model");
        CliRun train = CliRun.of("train", "attribution", corpus.toString(), "--out", model.toString(),
                "--epochs", "4", "--bits", "14", "--folds", "2");
        assertEquals(0, train.exitCode(), train.stderr());
        assertTrue(Files.size(model) > 0);
        assertTrue(train.stderr().contains("16 articles") && train.stderr().contains("model written"), train.stderr());

        CliRun eval = CliRun.of("eval", "quotes", corpus.toString(), "--attribution-model", model.toString());
        assertEquals(0, eval.exitCode(), eval.stderr());
        assertTrue(eval.stdout().contains("source spans (overlap 0.3)"), eval.stdout());

        Path page = dir.resolve("page.txt");
        Files.writeString(page, String.join("\n\n", "Council approves the new harbour plan after a long debate",
                "The council met in Springfield on Tuesday evening to vote on the harbour plan, which has divided the town for months.",
                "Margaret Olsen said that the harbour would reopen in May.",
                "Several hundred people attended the meeting, and many stayed until the vote late in the night."));
        CliRun analyze = CliRun.of("analyze", page.toString(), "--attribution-model", model.toString());
        assertEquals(0, analyze.exitCode(), analyze.stderr());
        JsonNode record = analyze.records().get(0);
        assertEquals("en", record.path("language").asText(), record.toString());
        List<String> speakers = record.path("quotes").findValuesAsText("speaker");
        assertTrue(speakers.contains("Margaret Olsen"), record.path("quotes").toString());
    }

    @Test
    void a_missing_or_foreign_model_file_is_a_usage_error() throws IOException {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "Margaret Olsen said that the harbour would reopen in May.");
        CliRun missing = CliRun.of("analyze", page.toString(), "--attribution-model", dir.resolve("none.model").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.stderr().contains("no such file"), missing.stderr());

        Path garbage = Files.writeString(dir.resolve("garbage.model"), "not a model");
        CliRun foreign = CliRun.of("analyze", page.toString(), "--attribution-model", garbage.toString());
        assertEquals(2, foreign.exitCode(), foreign.stderr());
        assertTrue(foreign.stderr().contains("not a Veille attribution model"), foreign.stderr());
    }

    @Test
    void training_on_a_folder_that_is_not_a_corpus_is_a_usage_error() {
        CliRun run = CliRun.of("train", "attribution", dir.toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("not an attribution corpus"), run.stderr());
    }
}
