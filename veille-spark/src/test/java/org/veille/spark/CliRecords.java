package org.veille.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.veille.cli.Main;

/** What the real {@code veille analyze} writes for some files: its JSON lines. */
final class CliRecords {

    private CliRecords() {
    }

    /** Runs {@code veille analyze -q ARGS} with stdout captured; the lines it wrote. */
    static List<String> analyze(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        List<String> all = new ArrayList<>(List.of("analyze", "-q"));
        all.addAll(List.of(args));
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run(all.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        if (code > 1) {
            throw new IllegalStateException("veille analyze failed with status " + code);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
