package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs are enumerated while records are written, never listed up front. The tests watch standard
 * output: when the first record arrives they add a page to a subfolder the walk has not reached
 * yet. A run that listed its inputs before processing would never see that page.
 */
class AnalyzeStreamingTest {

    @TempDir
    Path dir;

    /** Standard output that runs an action once, when the first complete record has been written. */
    private static final class FirstRecordHook extends ByteArrayOutputStream {
        private final Runnable action;
        private boolean fired;

        FirstRecordHook(Runnable action) {
            this.action = action;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            if (!fired && toString().contains("\n")) {
                fired = true;
                action.run();
            }
        }
    }

    private static Runnable addPage(Path target) {
        return () -> {
            try {
                Fixtures.copy(Fixtures.EN_NOTE, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Test
    void oneThreadEnumeratesTheNextInputOnlyAfterWritingTheRecordBefore() throws IOException {
        Path root = dir.resolve("pages");
        Fixtures.copy(Fixtures.EN_ARTICLE, root.resolve("a.html"));
        Path later = root.resolve("z");
        Files.createDirectories(later);
        Path late = later.resolve("late.html");

        CliRun run = CliRun.withStreams(new ByteArrayInputStream(new byte[0]), new FirstRecordHook(addPage(late)),
                "analyze", "--threads", "1", root.toString());

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(List.of(root.resolve("a.html").toString(), late.toString()), run.uris());
    }

    @Test
    void workersRunOnlyABoundedWindowAheadOfTheOutput() throws IOException {
        Path root = dir.resolve("pages");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Path page = root.resolve(String.format("d%02d", i)).resolve("page.html");
            Fixtures.copy(i % 2 == 0 ? Fixtures.EN_NOTE : Fixtures.FR_DUMP, page);
            expected.add(page.toString());
        }
        Path late = root.resolve("d29").resolve("page2.html");
        expected.add(late.toString());

        CliRun run = CliRun.withStreams(new ByteArrayInputStream(new byte[0]), new FirstRecordHook(addPage(late)),
                "analyze", "--threads", "2", root.toString());

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(expected, run.uris(), "the last folder was listed after the first record was out");
    }

    /** Standard output whose reader has gone: every write fails, as with a closed pipe. */
    private static final class ClosedPipe extends OutputStream {
        private int newlinesOffered;

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    newlinesOffered++;
                }
            }
            throw new IOException("Broken pipe");
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }

    @Test
    void closedOutputStopsTheRunInsteadOfAnalysingTheRest() throws IOException {
        Path root = dir.resolve("pages");
        for (int i = 0; i < 6; i++) {
            Fixtures.copy(Fixtures.EN_NOTE, root.resolve("p" + i + ".html"));
        }
        ClosedPipe out = new ClosedPipe();

        CliRun run = CliRun.withStreams(new ByteArrayInputStream(new byte[0]), out,
                "analyze", "--threads", "1", root.toString());

        assertEquals(3, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("standard output was closed"), run.describe());
        assertEquals(1, out.newlinesOffered, "only the first record was attempted");
    }
}
