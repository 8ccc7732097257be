package org.veille.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.ingest.DocumentDecoder;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.HttpFetcher;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.InputResolver;
import org.veille.model.ArticleRecord;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veille analyze}: one record per input document, on stdout.
 *
 * <p>Inputs are enumerated while they are processed, never listed up front: folders are walked
 * and arguments expanded as the worker pool asks for more, so a folder of a million pages costs
 * no more memory than a folder of ten, and the first records come out at once.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads news pages and writes one record per document to stdout.",
                "Inputs: HTML files (also .gz), plain-text page dumps, folders (recursive), "
                        + "files listing http(s) URLs, URLs, and - for stdin. Formats are detected from content."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input produced an article", "1:some inputs produced error records",
                "2:usage error", "3:unexpected failure"})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Spec
    CommandSpec spec;

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

    @Option(names = "--no-language", description = "skip language detection (and so the analysis, which needs the language)")
    boolean noLanguage;

    @Option(names = "--extract-only", description = "extract articles only: no entities or quotations (fast bulk path; "
            + "entities and quotes are null in the records)")
    boolean extractOnly;

    @Override
    public Integer call() {
        validate();
        IngestSettings defaults = IngestSettings.defaults();
        IngestSettings settings = new IngestSettings(maxBytes, defaults.connectTimeout(),
                Duration.ofSeconds(timeoutSeconds), defaults.maxRedirects(), defaults.userAgent());
        LazyFetcher fetcher = new LazyFetcher(() -> new HttpFetcher(settings));
        Pipeline.Builder builder = Pipeline.builder().decoder(new DocumentDecoder(settings));
        if (noLanguage) {
            builder.withoutLanguage();
        }
        if (!extractOnly) {
            // The NLP models load on the first article of each language, not here: a run that meets
            // only errors or one language pays for nothing more.
            builder.analysis(new Analyser(new CoreNlpAnnotator()));
        }
        Pipeline pipeline = builder.build();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        RecordOutput output = new RecordOutput(format, System.out);
        long[] failures = {0};
        try (Progress progress = Progress.streaming("analyze", !quiet && Progress.stderrIsTerminal(), System.err)) {
            Iterator<DocumentInput> documents = new ObservedIterator<>(
                    new InputResolver(settings, fetcher).resolve(inputs), progress::inputSeen);
            new OrderedParallelRunner<DocumentInput, ArticleRecord>(workers)
                    .run(documents, pipeline::process, record -> {
                        if (record.isError()) {
                            failures[0]++;
                        }
                        output.write(record);
                        progress.step();
                    });
        }
        return failures[0] == 0 ? VeilleCommand.OK : VeilleCommand.SOME_FAILED;
    }

    /** Option values picocli's types cannot rule out: a usage error (exit 2) with the usage shown. */
    private void validate() {
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1: " + maxBytes);
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second: " + timeoutSeconds);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
    }
}
