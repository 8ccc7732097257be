package org.veille.cli;

import picocli.CommandLine;

/** Entry point of the {@code veille} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting (for tests). */
    public static int run(String... args) {
        return VeilleCommand.commandLine().execute(args);
    }
}
