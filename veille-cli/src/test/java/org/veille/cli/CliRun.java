package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one run of the {@code veille} command gave: exit status, standard output, standard error.
 * Runs go through {@link Main#run}, the real picocli entry point, with the process streams swapped
 * for the duration of the run (tests run one at a time, so the swap is not observed elsewhere).
 */
record CliRun(int exitCode, String stdout, String stderr) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CliRun of(String... args) {
        return withStdin(new byte[0], args);
    }

    static CliRun withStdin(byte[] stdin, String... args) {
        return withStreams(new ByteArrayInputStream(stdin), new ByteArrayOutputStream(), args);
    }

    /**
     * Runs with {@code out} as standard output, e.g. a stream that watches what is written; the
     * result's stdout is what {@code out} holds when it is a {@link ByteArrayOutputStream}.
     */
    static CliRun withStreams(InputStream stdin, OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setIn(stdin);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String stdout = out instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : "";
        return new CliRun(code, stdout, err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Standard output as JSON Lines: every line must be one JSON object of the
     * {@code veille.article/4} schema, and nothing else may be on stdout.
     */
    List<JsonNode> records() {
        return parseRecords(stdout);
    }

    static List<JsonNode> parseRecords(String stdout) {
        List<JsonNode> records = new ArrayList<>();
        if (stdout.isEmpty()) {
            return records;
        }
        assertTrue(stdout.endsWith("\n"), "the last record must end with a newline");
        for (String line : stdout.substring(0, stdout.length() - 1).split("\n", -1)) {
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            if (node == null || !node.isObject()) {
                fail("not a JSON object: " + line);
            }
            assertEquals("veille.article/4", node.path("schema").asText(), line);
            records.add(node);
        }
        return records;
    }

    /** The source URIs of the records, in output order. */
    List<String> uris() {
        return records().stream().map(r -> r.path("source").path("uri").asText()).toList();
    }

    /** The error kind of each record, {@code "-"} for articles, in output order. */
    List<String> errorKinds() {
        return records().stream().map(CliRun::errorKind).toList();
    }

    static String errorKind(JsonNode record) {
        JsonNode error = record.path("error");
        return error.isNull() || error.isMissingNode() ? "-" : error.path("kind").asText();
    }

    /** For failure messages: everything the run printed. */
    String describe() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}
