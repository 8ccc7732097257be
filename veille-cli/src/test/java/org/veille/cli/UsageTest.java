package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Usage errors exit with 2, say what is wrong on stderr and write nothing on stdout. */
class UsageTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "",                                   // no subcommand
            "frobnicate",                         // unknown subcommand
            "analyze",                            // no input
            "analyze --format xml page.html",     // unknown format
            "analyze --colour page.html",         // unknown option
            "analyze --threads 0 page.html",
            "analyze --threads -2 page.html",
            "analyze --threads many page.html",
            "analyze --max-bytes 0 page.html",
            "analyze --timeout 0 page.html",
            "eval",                               // nothing to evaluate
            "eval extraction",                    // no set
            "eval extraction --threads 0 set",
            "bench",                              // nothing to benchmark
            "bench extraction",                   // no folder
            "bench extraction --max-threads 0 dir",
            "bench extraction --limit 0 dir",
            "bench extraction --min-seconds -1 dir",
            "bench warc --repeat 0 dir",
            "bench warc --max-threads -1 dir",
            "bench warc",                         // no folder and no archive to measure
            "analyze --lang french page.html",
            "analyze --lang fr --no-language page.html",
            "analyze --from 2023-02-02 --to 2023-02-01 x.warc.gz",
            "analyze --from yesterday x.warc.gz",
    })
    void usageErrorsExitWithTwo(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        CliRun run = CliRun.of(args);

        assertEquals(2, run.exitCode(), run.describe());
        assertEquals("", run.stdout(), "a usage error writes no data");
        assertTrue(run.stderr().contains("Usage:") || run.stderr().startsWith("veille:"), run.describe());
    }

    @Test
    void invalidOptionValueIsNamedInTheMessage() {
        CliRun run = CliRun.of("analyze", "--threads", "0", "page.html");

        assertTrue(run.stderr().contains("--threads must be at least 1"), run.describe());
    }

    @Test
    void folderThatIsNotAnEvaluationSetIsAUsageError() {
        CliRun run = CliRun.of("eval", "extraction", System.getProperty("java.io.tmpdir"));

        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("not an evaluation set folder"), run.describe());
    }

    @Test
    void helpGoesToStdoutAndExitsWithZero() {
        CliRun run = CliRun.of("analyze", "--help");

        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().contains("Usage: veille analyze"), run.describe());
        assertTrue(run.stdout().contains("--no-language"), run.describe());
    }

    @Test
    void helpSubcommandDescribesTheCommand() {
        CliRun run = CliRun.of("help", "bench");

        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().contains("Usage: veille bench"), run.describe());
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().startsWith("veille "), run.describe());
    }
}
