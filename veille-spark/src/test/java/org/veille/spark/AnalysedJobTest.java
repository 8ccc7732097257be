package org.veille.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.analyse.attribution.AttributionModel;
import org.veille.analyse.attribution.AttributionTraining;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.eval.quotes.RoleAnnotatedText;
import org.veille.eval.quotes.RoleSpan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The job with the analyse stage (CoreNLP's French and English models load once, in the executor's
 * pipeline): nested quotations and entities equal the CLI's, and the flat tables hold one row each.
 */
class AnalysedJobTest {
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void analysedArticlesAreTheCliRecordsAndFeedTheFlatTables() throws IOException {
        Path fr = TestPages.write(dir.resolve("in/fr.html"), TestPages.french(1));
        Path en = TestPages.write(dir.resolve("in/en.html"), TestPages.english(1));
        Path out = dir.resolve("out");

        JobSummary summary = VeilleSparkJob.run(spark, "--input", dir.resolve("in").toString(), "--output", out.toString());

        assertEquals(2, summary.counts().articles());
        Map<String, JsonNode> expected = JobOutput.bySource(JobOutput.parseAll(CliRecords.analyze(fr.toString(), en.toString())));
        Map<String, JsonNode> actual = JobOutput.bySource(JobOutput.parquetArticles(spark, out));
        assertEquals(expected, actual);
        JsonNode french = actual.get(fr + "#null");
        assertFalse(french.path("quotes").isEmpty(), "the fixture's quotation is found: " + french.path("quotes"));

        List<Row> quotes = JobOutput.table(spark, out, "quotes").where("language = 'fr'").collectAsList();
        assertEquals(french.path("quotes").size(), quotes.size());
        Row quote = quotes.get(0);
        assertEquals(french.path("id").asText(), quote.getAs("articleId"));
        assertEquals(french.path("quotes").get(0).path("text").asText(), quote.getAs("text"));
        assertEquals(french.path("quotes").get(0).path("speaker").asText(), quote.getAs("speaker"));

        long entities = actual.values().stream().mapToLong(r -> r.path("entities").size()).sum();
        assertTrue(entities > 0);
        assertEquals(entities, JobOutput.table(spark, out, "entities").count());
        Row person = JobOutput.table(spark, out, "entities").where("name = 'Grégory Doucet'").first();
        assertEquals("PERSON", person.getAs("type"));
    }

    /** A small model learned from a few sentences of our own ("X said that Y."), written to a file. */
    private static Path smallModel() throws IOException {
        List<RoleAnnotatedText> corpus = new ArrayList<>();
        String[] names = {"Margaret Olsen", "Walter Brandt", "Mary Jones"};
        String[] clauses = {"the harbour would reopen in May", "the library was too expensive", "roads come first"};
        for (int i = 0; i < 9; i++) {
            String name = names[i % 3];
            String clause = clauses[(i / 3) % 3];
            String text = "The council met on Tuesday.\n\n" + name + " said that " + clause + ".";
            int source = text.indexOf(name);
            int content = text.indexOf(clause);
            corpus.add(new RoleAnnotatedText("a" + i, text, List.of(new RoleSpan(1, "Source", source, source + name.length()),
                    new RoleSpan(1, "Cue", source + name.length() + 1, source + name.length() + 5),
                    new RoleSpan(1, "Content", content, content + clause.length()))));
        }
        AttributionModel model = AttributionTraining.train(corpus, new CoreNlpAnnotator(true), "en",
                new AttributionTraining.Settings(12, 3, 1, 1, 2), m -> { });
        Path file = dir.resolve("small.model");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        return file;
    }

    @Test
    void aLearnedAttributionModelIsUsedAsTheCliUsesIt() throws IOException {
        Path en = TestPages.write(dir.resolve("model-in/en.html"), TestPages.english(2));
        Path model = smallModel();
        Path out = dir.resolve("model-out");

        VeilleSparkJob.run(spark, "--input", dir.resolve("model-in").toString(), "--output", out.toString(), "--format", "jsonl",
                "--attribution-model", model.toString());

        List<String> withModel = CliRecords.analyze(en.toString(), "--attribution-model", model.toString());
        assertNotEquals(JobOutput.parseAll(CliRecords.analyze(en.toString())).get(0).path("quotes"),
                JobOutput.parseAll(withModel).get(0).path("quotes"), "the model finds other quotations than the rules");
        assertEquals(JobOutput.bySource(JobOutput.parseAll(withModel)), JobOutput.bySource(JobOutput.parseAll(JobOutput.jsonLines(out))));
    }

    @Test
    void aFileThatIsNotAModelIsRefusedBeforeAnyTask() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.model"), "not a model");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VeilleSparkJob.run(spark,
                "--input", dir.toString(), "--output", dir.resolve("never").toString(), "--attribution-model", garbage.toString()));
        assertTrue(e.getMessage().contains("not a Veille attribution model"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("never")));
    }
}
