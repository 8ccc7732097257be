package org.veille.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.veille.ingest.DocumentInput;
import org.veille.ingest.HttpFetcher;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.InputResolver;
import org.veille.model.ArticleRecord;
import org.veille.output.ArticleJson;
import org.veille.output.TextSummary;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veille analyze}: one record per input document, on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads news pages and writes one record per document to stdout.",
                "Inputs: HTML files (also .gz), plain-text page dumps, folders (recursive), "
                        + "files listing http(s) URLs, URLs, and - for stdin. Formats are detected from content."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input produced an article", "1:some inputs produced error records",
                "2:usage error", "3:unexpected failure"})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders, URL lists, URLs or - (stdin)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Option(names = "--threads", description = "worker threads (default: available cores)")
    Integer threads;

    @Option(names = "--max-bytes", description = "largest document accepted, in bytes (default: ${DEFAULT-VALUE})",
            defaultValue = "" + IngestSettings.DEFAULT_MAX_BYTES)
    long maxBytes;

    @Option(names = "--timeout", description = "HTTP request timeout in seconds (default: ${DEFAULT-VALUE})", defaultValue = "30")
    int timeoutSeconds;

    @Option(names = "--no-language", description = "skip language detection")
    boolean noLanguage;

    @Override
    public Integer call() {
        if (maxBytes < 1 || timeoutSeconds < 1) {
            throw new IllegalArgumentException("--max-bytes and --timeout must be positive");
        }
        IngestSettings defaults = IngestSettings.defaults();
        IngestSettings settings = new IngestSettings(maxBytes, defaults.connectTimeout(),
                Duration.ofSeconds(timeoutSeconds), defaults.maxRedirects(), defaults.userAgent());
        LazyFetcher fetcher = new LazyFetcher(() -> new HttpFetcher(settings));
        List<DocumentInput> documents = new ArrayList<>();
        new InputResolver(settings, fetcher).resolve(inputs).forEachRemaining(documents::add);

        Pipeline.Builder builder = Pipeline.builder().decoder(new org.veille.ingest.DocumentDecoder(settings));
        if (noLanguage) {
            builder.withoutLanguage();
        }
        Pipeline pipeline = builder.build();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ArticleJson json = new ArticleJson();
        TextSummary text = new TextSummary();
        int[] failures = {0};
        PrintStream err = System.err;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (Progress progress = Progress.start("analyze", documents.size(), !quiet && Progress.stderrIsTerminal(), err)) {
            new OrderedParallelRunner<DocumentInput, ArticleRecord>(Math.max(1, workers))
                    .run(documents.iterator(), pipeline::process, record -> {
                        if (record.isError()) {
                            failures[0]++;
                        }
                        write(record, out, json, text);
                        progress.step();
                    });
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failures[0] == 0 ? VeilleCommand.OK : VeilleCommand.SOME_FAILED;
    }

    private void write(ArticleRecord record, Writer out, ArticleJson json, TextSummary text) {
        try {
            if (format == Format.jsonl) {
                json.write(record, out);
                out.write('\n');
            } else {
                out.write(text.render(record));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output", e);
        }
    }
}
