package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Library logging must never reach stdout, where the records go. */
class LoggingTest {

    @Test
    void logsGoToStderrFromWarningsUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Logger log = LoggerFactory.getLogger("org.veille.test");
            log.debug("a debug line");
            log.info("an info line");
            log.warn("a warning line");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String logged = err.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("a warning line"), logged);
        assertFalse(logged.contains("a debug line") || logged.contains("an info line"), logged);
    }
}
