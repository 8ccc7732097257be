package org.veille.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.veille.model.ArticleRecord;
import org.veille.output.ArticleJson;
import org.veille.output.TextSummary;

/**
 * Writes records to standard output as JSON Lines or as text for people, one record at a time.
 *
 * <p>Each record is flushed as soon as it is written, so a consumer downstream ({@code | jq},
 * a log shipper) sees every record as it is produced rather than in 64 KiB bursts. A
 * {@link PrintStream} never throws, so after each flush its error flag is checked: once the
 * reader has gone away ({@code | head}) there is no point in analysing the remaining inputs.
 */
final class RecordOutput {

    /** Thrown when standard output can no longer be written, e.g. its reader closed the pipe. */
    static final class OutputClosedException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        OutputClosedException(String message) {
            super(message, new IOException(message));
        }
    }

    private final AnalyzeCommand.Format format;
    private final PrintStream stream;
    private final Writer out;
    private final ArticleJson json = new ArticleJson();
    private final TextSummary text = new TextSummary();
    private long written;

    RecordOutput(AnalyzeCommand.Format format, PrintStream stream) {
        this.format = format;
        this.stream = stream;
        // Records are always UTF-8, whatever the platform's default charset.
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    void write(ArticleRecord record) {
        try {
            if (format == AnalyzeCommand.Format.jsonl) {
                json.write(record, out);
            } else {
                out.write(text.render(record));
            }
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new OutputClosedException("cannot write to standard output: " + e.getMessage());
        }
        if (stream.checkError()) {
            throw new OutputClosedException("standard output was closed after " + written
                    + " record(s); the remaining inputs were not analysed");
        }
        written++;
    }
}
