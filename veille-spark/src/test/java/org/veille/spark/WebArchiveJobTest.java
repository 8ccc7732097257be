package org.veille.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.spark.TestArchives.Page;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The job on web archives: one task per archive, every response record through the core pipeline, the
 * rest skipped and counted, damaged archives reported as error rows while the job goes on.
 */
class WebArchiveJobTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** Three stories, a 404 page and an image: five responses after the warcinfo record. */
    private static List<Page> crawl(String site) {
        return List.of(
                Page.html("https://" + site + "/2023/02/21/budget", TestPages.french(1)),
                Page.html("https://" + site + "/2023/02/21/library", TestPages.english(1)),
                new Page("https://" + site + "/missing", 404, "text/html", "<html><body>Not found</body></html>"
                        .getBytes(StandardCharsets.UTF_8)),
                new Page("https://" + site + "/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
                Page.html("https://" + site + "/2023/02/22/budget-2", TestPages.french(2)));
    }

    @Test
    void anArchiveToParquetReadBackIsTheCliRecordsForTheSameArchive() throws IOException {
        Path archive = TestArchives.write(dir.resolve("in/CC-NEWS-1.warc.gz"), crawl("news.example"));
        Path out = dir.resolve("out");

        JobSummary summary = VeilleSparkJob.run(spark, "--input", dir.resolve("in") + "/*.warc.gz", "--output", out.toString(),
                "--extract-only");

        Map<String, JsonNode> expected = JobOutput.bySource(JobOutput.parseAll(
                CliRecords.analyze("--extract-only", archive.toString())));
        Map<String, JsonNode> actual = JobOutput.bySource(JobOutput.parquetArticles(spark, out));
        assertEquals(expected, actual);
        assertEquals(3, actual.size());
        assertTrue(actual.keySet().stream().allMatch(key -> key.contains(archive + "#")), actual.keySet().toString());
        assertEquals(1, summary.counts().files());
        assertEquals(6, summary.counts().records(), "warcinfo and five responses");
        assertEquals(3, summary.counts().skippedTotal(), summary.counts().skipped().toString());
        assertEquals(3, summary.counts().articles());
    }

    @Test
    void aDamagedArchiveYieldsErrorRowsAndTheJobGoesOn() throws IOException {
        TestArchives.write(dir.resolve("in/a.warc.gz"), crawl("a.example"));
        Path damaged = TestArchives.write(dir.resolve("in/b.warc.gz"), crawl("b.example"));
        byte[] bytes = Files.readAllBytes(damaged);
        // Garbage in the middle of the archive and the last record cut short.
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        Path out = dir.resolve("out");

        JobSummary summary = VeilleSparkJob.run(spark, "--input", dir.resolve("in").toString(), "--output", out.toString(),
                "--extract-only", "--format", "jsonl");

        List<JsonNode> records = JobOutput.parseAll(JobOutput.jsonLines(out));
        List<JsonNode> errors = records.stream().filter(r -> !r.path("error").isNull()).toList();
        assertTrue(errors.size() >= 1, records.toString());
        assertTrue(errors.stream().allMatch(e -> e.path("error").path("message").asText().contains("b.warc.gz")), errors.toString());
        long fromA = records.stream().filter(r -> r.path("source").path("uri").asText().contains("a.example")).count();
        assertEquals(3, fromA, "the intact archive is read whole");
        assertEquals(2, summary.counts().files());
        assertEquals(summary.counts().failed(), errors.size());
        assertEquals(summary.counts().records(), summary.counts().skippedTotal() + summary.counts().failed()
                + summary.counts().articles());
    }

    @Test
    void hostAndDayFiltersSkipRecordsBeforeTheyAreParsed() throws IOException {
        TestArchives.write(dir.resolve("in/a.warc.gz"), crawl("a.example"));
        TestArchives.write(dir.resolve("in/b.warc.gz"), crawl("www.b.example"));
        Path out = dir.resolve("out");

        JobSummary summary = VeilleSparkJob.run(spark, "--input", dir.resolve("in").toString(), "--output", out.toString(),
                "--extract-only", "--format", "jsonl", "--include-host", "b.example", "--from", "2023-02-21", "--to", "2023-02-21");

        List<JsonNode> records = JobOutput.parseAll(JobOutput.jsonLines(out));
        assertEquals(3, records.size());
        assertTrue(records.stream().allMatch(r -> r.path("source").path("uri").asText().startsWith("https://www.b.example/")));
        assertEquals(5, summary.counts().skipped().get("host"), summary.counts().skipped().toString());
    }

    @Test
    void aBadHostOrRangeIsAUsageError() {
        assertEquals(VeilleSparkJob.USAGE, VeilleSparkJob.execute("--input", dir.toString(), "--output",
                dir.resolve("out").toString(), "--from", "2023-03-01", "--to", "2023-02-01"));
    }
}
