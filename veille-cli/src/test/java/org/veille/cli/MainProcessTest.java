package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code java ... org.veille.cli.Main} process, as the {@code ./veille} launcher starts it:
 * exit statuses from {@code System.exit}, real standard streams, and the launcher's
 * {@code veille.stderr.tty} switch for the progress bar.
 */
class MainProcessTest {

    @TempDir
    Path dir;

    private record Ran(int exitCode, String stdout, String stderr) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private Ran java(List<String> properties, Path stdin, String... args) throws IOException, InterruptedException {
        return java(properties, Map.of(), stdin, args);
    }

    private Ran java(List<String> properties, Map<String, String> environment, Path stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Room for the analysis models (the English and French taggers take a few hundred MB); the
        // extraction alone runs in 256 MB, as `veille bench extraction` shows.
        command.add("-Xmx1g");
        command.addAll(properties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(Files.createFile(dir.resolve("no-input")).toFile())
                : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process process = builder.start();
        // A safety net against a hung child, not a speed check: no run here comes near it.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("veille did not finish");
        }
        Ran ran = new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        Files.deleteIfExists(dir.resolve("no-input"));
        return ran;
    }

    private Path folder() throws IOException {
        Path root = dir.resolve("pages");
        Fixtures.copy(Fixtures.EN_ARTICLE, root.resolve("a.html"));
        Fixtures.copyGzipped(Fixtures.EN_NOTE, root.resolve("b").resolve("c.html.gz"));
        Files.write(root.resolve("d-empty.txt"), new byte[0]);
        return root;
    }

    @Test
    void processWritesOnlyRecordsOnStdoutAndExitsWithOneOnErrorRecords() throws Exception {
        Path root = folder();
        Path stdin = Fixtures.copy(Fixtures.FR_DUMP, dir.resolve("stdin.txt"));

        Ran ran = java(List.of(), stdin, "analyze", root.toString(), "-");

        assertEquals(1, ran.exitCode(), ran.describe());
        List<String> kinds = CliRun.parseRecords(ran.stdout()).stream().map(CliRun::errorKind).toList();
        assertEquals(List.of("-", "-", "empty", "-"), kinds);
        assertEquals("", ran.stderr(), "stderr is not a terminal: no progress bar");
    }

    @Test
    void processExitsWithZeroWhenEveryInputIsAnArticle() throws Exception {
        Path page = Fixtures.copy(Fixtures.EN_NOTE, dir.resolve("note.html"));

        Ran ran = java(List.of(), null, "analyze", "--format", "text", page.toString());

        assertEquals(0, ran.exitCode(), ran.describe());
        assertTrue(ran.stdout().startsWith("== Harbour ferry timetable changes"), ran.describe());
    }

    @Test
    void processExitsWithTwoOnAUsageError() throws Exception {
        Ran ran = java(List.of(), null, "analyze", "--threads", "0", "x.html");

        assertEquals(2, ran.exitCode(), ran.describe());
        assertEquals("", ran.stdout());
        assertTrue(ran.stderr().contains("--threads must be at least 1"), ran.describe());
    }

    @Test
    void progressBarIsDrawnOnATerminalUnlessQuiet() throws Exception {
        Path root = folder();

        Ran drawn = java(List.of("-Dveille.stderr.tty=true"), null, "analyze", root.toString());
        Ran quiet = java(List.of("-Dveille.stderr.tty=true"), null, "analyze", "--quiet", root.toString());

        assertTrue(drawn.stderr().contains("analyze") && drawn.stderr().contains("3/?"), drawn.describe());
        assertEquals(3, CliRun.parseRecords(drawn.stdout()).size(), "the bar never touches stdout");
        assertEquals("", quiet.stderr(), quiet.describe());
        assertEquals(drawn.stdout(), quiet.stdout());
    }

    @Test
    void outputAndMessagesAreUtf8WhateverThePlatformCharset() throws Exception {
        // The platform charset of a machine with no locale set; arguments still arrive intact, as under the
        // launcher, which runs the JVM in C.UTF-8 there.
        List<String> ascii = List.of("-Dfile.encoding=ANSI_X3.4-1968");
        Map<String, String> utf8Arguments = Map.of("LC_ALL", "C.UTF-8");
        Path page = Fixtures.copy(Fixtures.EN_NOTE, dir.resolve("note.html"));

        Ran usage = java(ascii, utf8Arguments, null, "analyze", "--lang", "français", page.toString());
        assertEquals(2, usage.exitCode(), usage.describe());
        assertTrue(usage.stderr().contains("not a language code such as fr or en: français"), usage.describe());

        Ran ingest = java(ascii, utf8Arguments, null, "ingest", "--extract-only", "--index", dir.resolve("données").toString(),
                page.toString());
        assertEquals(0, ingest.exitCode(), ingest.describe());
        assertTrue(ingest.stdout().contains("(index " + dir.resolve("données") + ")"), ingest.describe());
    }
}
