package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./veille} launcher's choices, read off the command line it hands to {@code java}: the
 * script itself runs, copied beside a built-looking CLI (a stamp and no sources, so it builds nothing),
 * with a {@code java} on the PATH that writes down its arguments instead of starting a JVM.
 */
class LauncherTest {
    private static final Path SCRIPT = Path.of("..", "veille");

    @TempDir
    Path dir;
    private Path home;
    private Path bin;

    @BeforeEach
    void layOut() throws IOException {
        assumeTrue(Files.isRegularFile(SCRIPT), "the launcher is beside the modules: " + SCRIPT.toAbsolutePath());
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        home = dir.resolve("veille-home");
        Files.createDirectories(home.resolve("veille-cli/target"));
        Files.copy(SCRIPT, home.resolve("veille"));
        Files.createFile(home.resolve("veille-cli/target/veille-cli.stamp"));
        bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$VEILLE_TEST_ARGS\"\n"
                + "printf '%s' \"${LC_ALL:-}\" > \"$VEILLE_TEST_ARGS.lc_all\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The arguments the launcher gave {@code java} for {@code args}, with {@code javaOpts} as VEILLE_JAVA_OPTS (null: unset). */
    private List<String> javaArguments(String javaOpts, String... args) throws IOException, InterruptedException {
        return javaArguments(javaOpts, Map.of("LANG", "C.UTF-8"), args);
    }

    /** As above, with {@code locale} as the only locale variables of the environment. */
    private List<String> javaArguments(String javaOpts, Map<String, String> locale, String... args)
            throws IOException, InterruptedException {
        Path recorded = dir.resolve("java-args");
        Files.deleteIfExists(recorded);
        List<String> command = new ArrayList<>(List.of("/bin/bash", home.resolve("veille").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("launcher-output").toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("VEILLE_TEST_ARGS", recorded.toString());
        env.remove("VEILLE_JAVA_OPTS");
        env.keySet().removeIf(name -> name.equals("LANG") || name.equals("LANGUAGE") || name.startsWith("LC_"));
        env.putAll(locale);
        if (javaOpts != null) {
            env.put("VEILLE_JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        // A safety net against a hung script, not a speed check.
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the launcher did not finish");
        }
        String output = Files.readString(dir.resolve("launcher-output"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertFalse(output.contains("building"), "a stamped CLI with no sources is not rebuilt: " + output);
        return Files.readAllLines(recorded, StandardCharsets.UTF_8);
    }

    @Test
    void batchCommandsRunOnTheThroughputCollector() throws Exception {
        for (String[] args : List.of(new String[] {"ingest", "pages/"}, new String[] {"bench", "store", "--articles", "10"},
                new String[] {"analyze", "-"}, new String[] {"eval", "quotes", "x"})) {
            List<String> java = javaArguments(null, args);
            assertTrue(java.contains("-XX:+UseParallelGC"), String.join(" ", args) + ": " + java);
            assertTrue(java.contains("-Xmx2g"), java.toString());
            assertEquals(List.of(args), java.subList(java.size() - args.length, java.size()), "the arguments pass through as given");
            assertEquals("org.veille.cli.Main", java.get(java.size() - args.length - 1));
        }
    }

    @Test
    void serversKeepTheDefaultCollector() throws Exception {
        for (String[] args : List.of(new String[] {"serve", "--port", "8080"}, new String[] {"bench", "serve", "--index", "x"})) {
            List<String> java = javaArguments(null, args);
            assertFalse(java.stream().anyMatch(a -> a.contains("GC")), String.join(" ", args) + ": " + java);
        }
    }

    @Test
    void aCollectorNamedInTheOptionsWins() throws Exception {
        List<String> java = javaArguments("-Xmx1g -XX:+UseG1GC", "ingest", "pages/");
        assertTrue(java.contains("-XX:+UseG1GC"), java.toString());
        assertFalse(java.contains("-XX:+UseParallelGC"), java.toString());
        assertTrue(java.contains("-Xmx1g") && !java.contains("-Xmx2g"), "the options replace the default heap: " + java);

        List<String> heapOnly = javaArguments("-Xmx3g", "ingest", "pages/");
        assertTrue(heapOnly.contains("-Xmx3g") && heapOnly.contains("-XX:+UseParallelGC"), heapOnly.toString());
    }

    @Test
    void withoutALocaleTheJvmStillReadsArgumentsAndFileNamesAsUtf8() throws Exception {
        javaArguments(null, Map.of(), "analyze", "été.html");
        assertEquals("C.UTF-8", Files.readString(dir.resolve("java-args.lc_all")), "no locale: C.UTF-8 for the JVM");

        javaArguments(null, Map.of("LANG", "C.UTF-8"), "analyze", "été.html");
        assertEquals("", Files.readString(dir.resolve("java-args.lc_all")), "a UTF-8 locale is left as it is");
    }
}
