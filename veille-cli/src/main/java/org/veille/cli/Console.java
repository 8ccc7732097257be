package org.veille.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error, always in UTF-8. The JVM otherwise encodes them in the platform's charset,
 * which is ASCII where no locale is set (a container, cron, {@code env -i}): every accent of a French
 * quotation or name would print as '?'. Records, tables and messages are UTF-8 whatever the machine.
 */
final class Console {
    private Console() {
    }

    /** Points {@link System#out} and {@link System#err} at UTF-8 streams over the process's own descriptors. */
    static void useUtf8() {
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192), true,
                StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /**
     * A UTF-8 writer over the current {@link System#out}, flushed at each line. A {@code PrintWriter} made
     * from the stream alone would encode in the platform's charset before the stream sees the bytes.
     */
    static PrintWriter out() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    /** As {@link #out()}, over the current {@link System#err}. */
    static PrintWriter err() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }
}
