package org.veille.cli;

import picocli.CommandLine;

/** Entry point of the {@code veille} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Console.useUtf8();
        int status = run(args);
        // System.exit flushes nothing: a last line printed without its newline would stay in the buffer.
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs the command line and returns its exit status, without exiting (for tests). */
    public static int run(String... args) {
        return VeilleCommand.commandLine().execute(args);
    }
}
