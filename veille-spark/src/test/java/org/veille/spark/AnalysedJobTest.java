package org.veille.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
