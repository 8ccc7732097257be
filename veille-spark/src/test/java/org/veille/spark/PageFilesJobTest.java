package org.veille.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The job end to end on page files (HTML, text, gzipped, broken), extraction only: its records are
 * the CLI's records, in Parquet and in JSON Lines, it counts what it did, and a re-run resumes.
 */
class PageFilesJobTest {
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

    /** Two French pages, one English, one gzipped, one text dump, one binary file and one corrupt gzip. */
    private List<Path> mixedInputs() throws IOException {
        Path in = dir.resolve("in");
        List<Path> files = new ArrayList<>();
        files.add(TestPages.write(in.resolve("fr-1.html"), TestPages.french(1)));
        files.add(TestPages.write(in.resolve("fr-2.html"), TestPages.french(2)));
        files.add(TestPages.write(in.resolve("en-1.html"), TestPages.english(1)));
        files.add(TestPages.writeGzipped(in.resolve("en-2.html.gz"), TestPages.english(2)));
        files.add(TestPages.write(in.resolve("note.txt"), "Un marché couvert rouvre à Lyon\n\n"
                + "Le marché couvert de la Croix-Rousse a rouvert ses portes samedi matin après deux ans de travaux, "
                + "au grand plaisir des habitants du quartier qui attendaient ce moment depuis longtemps.\n"));
        Path binary = in.resolve("logo.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        files.add(binary);
        Path corrupt = in.resolve("broken.html.gz");
        byte[] gz = Files.readAllBytes(TestPages.writeGzipped(corrupt, TestPages.french(3)));
        Files.write(corrupt, java.util.Arrays.copyOf(gz, gz.length / 2));
        files.add(corrupt);
        return files;
    }

    private static String[] paths(List<Path> files) {
        return files.stream().map(Path::toString).toArray(String[]::new);
    }

    @Test
    void parquetArticlesReadBackAreTheCliRecordsForTheSameFiles() throws IOException {
        List<Path> inputs = mixedInputs();
        Path out = dir.resolve("out");

        JobSummary summary = VeilleSparkJob.run(spark, "--input", dir.resolve("in").toString(), "--output", out.toString(),
                "--extract-only");

        List<String> cli = new ArrayList<>(List.of("--extract-only"));
        cli.addAll(List.of(paths(inputs)));
        Map<String, JsonNode> expected = JobOutput.bySource(JobOutput.parseAll(CliRecords.analyze(cli.toArray(String[]::new))));
        Map<String, JsonNode> actual = JobOutput.bySource(JobOutput.parquetArticles(spark, out));
        assertEquals(expected.keySet(), actual.keySet());
        // The CLI words a broken gzip stream its own way; everything else must be the same, field by field.
        for (String uri : expected.keySet()) {
            if (!uri.contains("broken")) {
                assertEquals(expected.get(uri), actual.get(uri), uri);
            }
        }
        JsonNode broken = actual.get(dir.resolve("in/broken.html.gz") + "#null");
        assertEquals("unreadable", broken.path("error").path("kind").asText());
        assertTrue(broken.path("error").path("message").asText().contains("broken.html.gz"), broken.toString());

        assertEquals(7, summary.counts().records());
        assertEquals(2, summary.counts().failed());
        assertEquals(5, summary.counts().articles());
        assertEquals(7, summary.counts().files());
        assertEquals(7, JobOutput.summary(out).path("recordsRead").asInt());
        assertEquals(5, JobOutput.summary(out).path("articles").asInt());
    }

    @Test
    void articlesArePartitionedByLanguage() throws IOException {
        mixedInputs();
        Path out = dir.resolve("out");
        VeilleSparkJob.run(spark, "--input", dir.resolve("in") + "/*.html", "--output", out.toString(), "--extract-only");

        assertTrue(Files.isDirectory(out.resolve("articles/language=fr")));
        assertTrue(Files.isDirectory(out.resolve("articles/language=en")));
        List<Row> languages = JobOutput.table(spark, out, "articles").groupBy("language").count().orderBy("language").collectAsList();
        assertEquals("[[null,1], [en,1], [fr,2]]", languages.toString());
        // Extraction only: no quotations or entities to flatten.
        assertFalse(Files.exists(out.resolve("quotes")));
        assertFalse(Files.exists(out.resolve("entities")));
        try (java.util.stream.Stream<Path> staged = Files.list(out.resolve("_veille/staging"))) {
            assertEquals(0, staged.count(), "a batch's staging folder is deleted once it is committed");
        }
    }

    @Test
    void jsonLinesAreExactlyTheCliOutput() throws IOException {
        List<Path> inputs = mixedInputs().subList(0, 6);
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("--format", "jsonl", "--output", out.toString(), "--extract-only"));
        for (Path input : inputs) {
            args.add("--input");
            args.add(input.toString());
        }
        VeilleSparkJob.run(spark, args.toArray(String[]::new));

        List<String> cli = new ArrayList<>(List.of("--extract-only"));
        cli.addAll(List.of(paths(inputs)));
        assertEquals(new TreeSet<>(CliRecords.analyze(cli.toArray(String[]::new))), new TreeSet<>(JobOutput.jsonLines(out)));
        assertEquals(6, JobOutput.jsonLines(out).size());
    }

    @Test
    void aRerunSkipsTheFilesDoneAndReadsOnlyNewOnes() throws IOException {
        Path in = dir.resolve("in");
        TestPages.write(in.resolve("a.html"), TestPages.french(1));
        TestPages.write(in.resolve("b.html"), TestPages.english(1));
        Path out = dir.resolve("out");
        String[] args = {"--input", in.toString(), "--output", out.toString(), "--format", "jsonl", "--extract-only",
                "--files-per-batch", "1"};

        JobSummary first = VeilleSparkJob.run(spark, args);
        assertEquals(2, first.counts().files());
        assertEquals(2, first.batches());

        JobSummary second = VeilleSparkJob.run(spark, args);
        assertEquals(2, second.alreadyDone());
        assertEquals(0, second.counts().files());
        assertEquals(0, second.batches());
        assertEquals(2, JobOutput.jsonLines(out).size());

        TestPages.write(in.resolve("c.html"), TestPages.french(2));
        JobSummary third = VeilleSparkJob.run(spark, args);
        assertEquals(2, third.alreadyDone());
        assertEquals(1, third.counts().files());
        List<String> lines = JobOutput.jsonLines(out);
        assertEquals(3, lines.size());
        assertEquals(3, new TreeSet<>(lines).size(), "no record written twice");
    }

    @Test
    void aLanguageFilterSkipsOtherArticlesAndCountsThem() throws IOException {
        mixedInputs();
        Path out = dir.resolve("out");
        JobSummary summary = VeilleSparkJob.run(spark, "--input", dir.resolve("in").toString(), "--output", out.toString(),
                "--extract-only", "--lang", "fr", "--format", "jsonl");

        List<JsonNode> records = JobOutput.parseAll(JobOutput.jsonLines(out));
        long french = records.stream().filter(r -> "fr".equals(r.path("language").asText())).count();
        long errors = records.stream().filter(r -> !r.path("error").isNull()).count();
        assertEquals(3, french, "two pages and the text dump");
        assertEquals(2, errors, "error records are always kept");
        assertEquals(records.size(), french + errors);
        assertEquals(Map.of("language", 2L), summary.counts().skipped());
        assertEquals(summary.counts().records(), summary.counts().skippedTotal() + summary.counts().failed()
                + summary.counts().articles());
    }

    @Test
    void anOutputFolderKeepsOneFormat() throws IOException {
        Path in = TestPages.write(dir.resolve("in/a.html"), TestPages.french(1));
        Path out = dir.resolve("out");
        VeilleSparkJob.run(spark, "--input", in.toString(), "--output", out.toString(), "--extract-only", "--format", "jsonl");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> VeilleSparkJob.run(spark, "--input", in.toString(), "--output", out.toString(), "--extract-only"));
        assertTrue(e.getMessage().contains("jsonl"), e.getMessage());
    }

    @Test
    void aGlobMatchingNothingIsAUsageError() {
        int status = VeilleSparkJob.execute("--input", dir.resolve("nothing") + "/*.warc.gz", "--output",
                dir.resolve("out").toString());
        assertEquals(VeilleSparkJob.USAGE, status);
    }
}
