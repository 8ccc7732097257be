package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void streamingCounterAppearsFromTheSecondInput() {
        try (Progress progress = Progress.streaming("analyze", true, stream)) {
            progress.inputSeen();
            progress.step();
            assertEquals(0, err.size(), "one input: no bar yet");
            progress.inputSeen();
            progress.step();
        }
        String drawn = err.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("analyze") && drawn.contains("2/?"), drawn);
    }

    @Test
    void singleInputRunDrawsNothing() {
        try (Progress progress = Progress.streaming("analyze", true, stream)) {
            progress.inputSeen();
            progress.step();
        }
        assertEquals(0, err.size());
    }

    @Test
    void disabledProgressDrawsNothing() {
        try (Progress progress = Progress.streaming("analyze", false, stream)) {
            for (int i = 0; i < 5; i++) {
                progress.inputSeen();
                progress.step();
            }
        }
        try (Progress progress = Progress.start("eval", 5, false, stream)) {
            progress.step();
        }
        assertEquals(0, err.size());
    }

    @Test
    void knownTotalIsShown() {
        try (Progress progress = Progress.start("eval", 4, true, stream)) {
            for (int i = 0; i < 4; i++) {
                progress.step();
            }
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("4/4"), err.toString(StandardCharsets.UTF_8));
    }
}
