package org.veille.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: it only wires the subcommands. Exit statuses are decided here for every
 * subcommand: 0 when every input became an article, 1 when some became error records, 2 for usage
 * errors (picocli's parameter errors) and 3 for an unexpected failure of the run itself.
 */
@Command(name = "veille", mixinStandardHelpOptions = true, version = "veille 0.1.0",
        description = "Reads news pages into clean, structured articles, and finds them again.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, TopCommand.class, ServeCommand.class, EvalCommand.class,
                BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class VeilleCommand implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int CRASHED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: analyze, ingest, search, top, serve, eval or bench");
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new VeilleCommand());
        // Picocli's own writers would use the platform's charset: usage and messages quote the arguments.
        commandLine.setOut(Console.out());
        commandLine.setErr(Console.err());
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : CRASHED);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("veille: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException ? USAGE : CRASHED;
        });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        commandLine.getCommandSpec().exitCodeOnUsageHelp(OK);
        return commandLine;
    }
}
