package org.veille.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for multi-document runs, silent when stderr is not a terminal or
 * the user asked for quiet: stdout carries only data, and logs must not fill with bar redraws.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param enabled whether to draw at all (the launcher tells whether stderr is a terminal, which
     *                the JVM cannot: {@code System.console()} looks at stdin and stdout)
     */
    static Progress start(String task, long total, boolean enabled, PrintStream err) {
        if (!enabled || total < 2) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(200)
                .showSpeed()
                .build();
        return new Progress(bar);
    }

    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("veille.stderr.tty");
    }

    void step() {
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
}
