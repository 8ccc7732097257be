package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille bench extraction}: the report's shape only, never its speeds. */
class BenchCommandTest {

    private static final String NUMBER = "(\\d+\\.\\d+)";

    @TempDir
    Path dir;

    private Path pages() throws IOException {
        Path root = dir.resolve("bench");
        Fixtures.copy(Fixtures.EN_ARTICLE, root.resolve("a.html"));
        Fixtures.copyGzipped(Fixtures.EN_NOTE, root.resolve("nested").resolve("b.html.gz"));
        Fixtures.copy(Fixtures.FR_DUMP, root.resolve("notes.txt"));
        return root;
    }

    @Test
    void reportsParseOnlyAndExtractionRatesAndTheirRatio() throws IOException {
        CliRun run = CliRun.of("bench", "extraction", "--min-seconds", "0.001", "--max-threads", "2", pages().toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains(", 2 pages,"), "only .html and .html.gz pages are used: " + out);
        double parse = rate(out, "jsoup parse only");
        double extract = rate(out, "veille extract (decode+extract)");
        double language = rate(out, "veille extract + language");
        assertTrue(parse > 0 && extract > 0 && language > 0, out);
        Matcher ratio = Pattern.compile("veille extract \\(decode\\+extract\\).* " + NUMBER + " \\(target >= 0\\.67\\)").matcher(out);
        assertTrue(ratio.find(), out);
        assertEquals(extract / parse, Double.parseDouble(ratio.group(1)), 0.006, "the ratio is extract / parse: " + out);
        assertTrue(out.contains("1 thread(s):"), out);
        assertTrue(out.contains("2 thread(s):"), out);
        assertTrue(out.contains("peak heap used"), out);
    }

    @Test
    void benchWarcWritesTheArchiveThenReportsReadingAndExtraction() throws IOException {
        Path set = dir.resolve("set");
        Fixtures.copyGzipped(Fixtures.EN_ARTICLE, set.resolve("html").resolve("p1.html.gz"));
        Fixtures.copy(Fixtures.EN_NOTE, set.resolve("html").resolve("p2.html"));
        Fixtures.copy(Fixtures.EN_NOTE, set.resolve("truth").resolve("p2.html"));
        Path archive = dir.resolve("kept.warc.gz");

        CliRun run = CliRun.of("bench", "warc", "--min-seconds", "0", "--max-threads", "1", "--analyse-limit", "0",
                "--archive", archive.toString(), set.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("bench warc: 2 pages from"), "only the html/ folder's pages: " + out);
        assertTrue(out.contains(", 5 records,"), "warcinfo, then a request and a response per page, no metadata yet: " + out);
        assertTrue(Pattern.compile("reading alone .*: \\d+ records/s, \\d+ pages/s").matcher(out).find(), out);
        assertTrue(out.contains("1 thread(s):") && out.contains("2 articles, 0 error records"), out);
        assertTrue(Files.size(archive) > 0, "the archive asked for is kept");

        CliRun again = CliRun.of("bench", "warc", "--min-seconds", "0", "--max-threads", "0", "--archive", archive.toString());
        assertEquals(0, again.exitCode(), again.describe());
        assertTrue(again.stdout().contains("reading alone"), again.stdout());
    }

    @Test
    void evaluationSetFolderUsesItsHtmlSubfolderAndLimit() throws IOException {
        Path set = dir.resolve("set");
        Fixtures.copyGzipped(Fixtures.EN_ARTICLE, set.resolve("html").resolve("p1.html.gz"));
        Fixtures.copyGzipped(Fixtures.EN_NOTE, set.resolve("html").resolve("p2.html.gz"));
        Files.createDirectories(set.resolve("truth"));

        CliRun run = CliRun.of("bench", "extraction", "--min-seconds", "0", "--max-threads", "1", "--limit", "1", set.toString());

        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().contains(", 1 pages,"), run.stdout());
    }

    @Test
    void folderWithoutPagesIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliRun run = CliRun.of("bench", "extraction", "--min-seconds", "0", empty.toString());

        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("no .html or .html.gz pages"), run.describe());
    }

    @Test
    void storeBenchReportsIngestRatesSizeLatenciesAndHeap() {
        Path index = dir.resolve("index");
        CliRun run = CliRun.of("bench", "store", "--articles", "60", "--queries", "2", "--commit-every", "25", "--warm-up", "30",
                "--index", index.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("warm-up: 30 articles of another corpus"), out);
        assertTrue(out.contains("ingest: read 60,"), out);
        assertTrue(Pattern.compile("one core\\):\\s+\\d+ articles/s").matcher(out).find(), out);
        assertTrue(out.contains("index on disk"), out);
        assertTrue(out.contains("top 10 speakers about an entity"), out);
        assertTrue(Pattern.compile("all kinds\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+").matcher(out).find(), out);
        assertTrue(out.contains("peak heap during queries"), out);
        assertTrue(Files.isDirectory(index), "an index asked for is kept");
    }

    private Path smallIndex() {
        Path index = dir.resolve("index");
        assertEquals(0, CliRun.of("bench", "store", "--articles", "40", "--queries", "1", "--warm-up", "0",
                "--index", index.toString()).exitCode());
        return index;
    }

    @Test
    void serveBenchReportsEachKindsLatenciesAndTheHeapOverAnIndex() {
        Path index = smallIndex();

        CliRun run = CliRun.of("bench", "serve", "--index", index.toString(), "--requests", "4", "--ui-loads", "0");

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(Pattern.compile("bench serve: .* \\(\\d+ articles\\) on http://127\\.0\\.0\\.1:\\d+/").matcher(out).find(), out);
        for (String kind : List.of("search, two words", "quotes by a speaker", "top speakers about an entity", "entity page",
                "article by id", "web UI page")) {
            assertTrue(Pattern.compile(Pattern.quote(kind) + "\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+").matcher(out).find(), kind + " in " + out);
        }
        assertTrue(Pattern.compile("peak heap while serving: at most \\d+ MB").matcher(out).find(), out);
        assertFalse(out.contains("ui render"), "--ui-loads 0 leaves the browser out: " + out);
    }

    @Test
    void serveBenchTimesTheUisFirstRenderInAHeadlessChromium() {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + " (apt-get install chromium)");
        Path index = smallIndex();

        CliRun run = CliRun.of("bench", "serve", "--index", index.toString(), "--requests", "1", "--ui-loads", "2",
                "--chromium", chromium.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(Pattern.compile("ui render: Chrome/[\\d.]+, headless \\(/usr/bin/chromium\\), 2 loads of each page").matcher(out).find(), out);
        String times = "(\\s+\\d+\\.\\d){9}\\n";
        assertTrue(Pattern.compile("front page \\(all documents\\)" + times).matcher(out).find(), out);
        assertTrue(Pattern.compile("search, one word" + times).matcher(out).find(), out);
        assertTrue(out.indexOf("ui render") < out.indexOf("requests:"), "the first load comes before any request: " + out);
    }

    @Test
    void serveBenchReportsABrowserThatWillNotStartAndGoesOn() throws IOException {
        Path index = smallIndex();
        Path broken = dir.resolve("not-a-browser");
        Files.writeString(broken, "#!/bin/sh\necho 'cannot open display'\nexit 3\n");
        assumeTrue(broken.toFile().setExecutable(true), "cannot make a script executable here");

        CliRun run = CliRun.of("bench", "serve", "--index", index.toString(), "--requests", "1", "--ui-loads", "1",
                "--chromium", broken.toString());

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("ui render: failed, could not drive " + broken + ": Chromium exited with status 3"
                + " before opening its DevTools port (its log ends: cannot open display)"), out);
        assertTrue(out.contains("all kinds"), "the HTTP requests are still timed: " + out);
    }

    @Test
    void serveBenchRefusesANegativeLoadCountAndAMissingBrowser() {
        Path index = smallIndex();

        CliRun negative = CliRun.of("bench", "serve", "--index", index.toString(), "--ui-loads", "-1");
        CliRun missing = CliRun.of("bench", "serve", "--index", index.toString(), "--chromium", dir.resolve("absent").toString());

        assertEquals(2, negative.exitCode(), negative.describe());
        assertTrue(negative.stderr().contains("--ui-loads must be 0 or more: -1"), negative.describe());
        assertEquals(2, missing.exitCode(), missing.describe());
        assertTrue(missing.stderr().contains("--chromium must be an executable"), missing.describe());
    }

    @Test
    void serveBenchWithoutAnIndexIsAUsageError() {
        CliRun run = CliRun.of("bench", "serve", "--index", dir.resolve("nothing").toString());

        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("--index must be an index folder"), run.describe());
    }

    @Test
    void storeBenchRefusesAFolderHoldingSomething() throws IOException {
        Files.writeString(dir.resolve("something"), "x");

        CliRun run = CliRun.of("bench", "store", "--articles", "5", "--index", dir.toString());

        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("new or empty folder"), run.describe());
    }

    /** The single-thread pages/s figure of a row. */
    private static double rate(String out, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+" + NUMBER + "\\s+" + NUMBER).matcher(out);
        assertTrue(m.find(), "no row '" + label + "' in:\n" + out);
        return Double.parseDouble(m.group(1));
    }
}
