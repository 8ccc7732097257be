package org.veille.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for multi-document runs, silent when stderr is not a terminal or
 * the user asked for quiet: stdout carries only data, and logs must not fill with bar redraws.
 *
 * <p>Two shapes: a bar of known length ({@link #start}) for sets whose size is known up front, and
 * a counter of unknown length ({@link #streaming}) for {@code analyze}, whose inputs are enumerated
 * while they are processed. The counter appears only once a second input shows up, so a one-page
 * run stays as quiet as before. Used from one thread only.
 */
final class Progress implements AutoCloseable {
    private final String task;
    private final boolean enabled;
    private final PrintStream err;
    private ProgressBar bar;
    private long seen;
    private long done;

    private Progress(String task, boolean enabled, PrintStream err) {
        this.task = task;
        this.enabled = enabled;
        this.err = err;
    }

    /**
     * A bar of {@code total} steps.
     *
     * @param enabled whether to draw at all (the launcher tells whether stderr is a terminal, which
     *                the JVM cannot: {@code System.console()} looks at stdin and stdout)
     */
    static Progress start(String task, long total, boolean enabled, PrintStream err) {
        Progress progress = new Progress(task, enabled, err);
        if (enabled && total >= 2) {
            progress.bar = build(task, total, err);
        }
        return progress;
    }

    /** A counter for a run whose size is unknown; call {@link #inputSeen()} as inputs are enumerated. */
    static Progress streaming(String task, boolean enabled, PrintStream err) {
        return new Progress(task, enabled, err);
    }

    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("veille.stderr.tty");
    }

    /** One more input was enumerated; the second one makes the counter appear. */
    void inputSeen() {
        seen++;
        if (enabled && bar == null && seen == 2) {
            bar = build(task, -1, err);
            bar.stepTo(done);
        }
    }

    void step() {
        done++;
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** A negative total draws an indefinite counter (count and rate, no percentage). */
    private static ProgressBar build(String task, long total, PrintStream err) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(200)
                .showSpeed()
                .build();
    }
}
