package org.veille.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.ingest.DocumentDecoder;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.InputResolver;
import org.veille.ingest.polite.PoliteGate;
import org.veille.ingest.polite.PolitenessSettings;
import org.veille.model.ArticleRecord;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The pipeline options {@code analyze} and {@code ingest} share, and the run they configure: inputs
 * resolved lazily, the pipeline on {@link OrderedParallelRunner}, each record handed on in input order.
 */
final class PipelineOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threads", description = "worker threads (default: available cores)")
    Integer threads;

    @Option(names = "--max-bytes", description = "largest document accepted, in bytes (default: ${DEFAULT-VALUE})",
            defaultValue = "" + IngestSettings.DEFAULT_MAX_BYTES)
    long maxBytes;

    @Option(names = "--timeout", description = "HTTP request timeout in seconds (default: ${DEFAULT-VALUE})", defaultValue = "30")
    int timeoutSeconds;

    @Option(names = "--delay", paramLabel = "SECONDS", description = "pause between two requests to one host, in seconds; "
            + "a robots.txt Crawl-delay up to 30 s is honoured when longer (default: ${DEFAULT-VALUE})", defaultValue = "1")
    double delaySeconds;

    @Option(names = "--state", paramLabel = "FILE", description = "where feeds' ETag/Last-Modified and seen items are kept "
            + "between runs (ingest: <index>/feeds.json; analyze: none unless given)")
    Path feedState;

    @Option(names = "--no-language", description = "skip language detection (and so the analysis, which needs the language)")
    boolean noLanguage;

    @Option(names = "--extract-only", description = "extract articles only: no entities or quotations (fast bulk path; "
            + "entities and quotes are null in the records)")
    boolean extractOnly;

    /** Option values picocli's types cannot rule out: a usage error (exit 2) with the usage shown. */
    void validate() {
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1: " + maxBytes);
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second: " + timeoutSeconds);
        }
        if (!(delaySeconds >= 0) || delaySeconds > 3600) {
            throw new ParameterException(spec.commandLine(), "--delay must be between 0 and 3600 seconds: " + delaySeconds);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
    }

    /** Runs the pipeline over {@code inputs}, handing every record to {@code sink} in input order. */
    void run(List<String> inputs, Progress progress, Consumer<ArticleRecord> sink) {
        IngestSettings defaults = IngestSettings.defaults();
        IngestSettings settings = new IngestSettings(maxBytes, defaults.connectTimeout(),
                Duration.ofSeconds(timeoutSeconds), defaults.maxRedirects(), defaults.userAgent());
        PolitenessSettings manners = PolitenessSettings.forUserAgent(settings.userAgent())
                .withDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)));
        LazyFetcher fetcher = new LazyFetcher(() -> PoliteGate.politeFetcher(settings, manners));
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
        Iterator<DocumentInput> documents = new ObservedIterator<>(
                new InputResolver(settings, fetcher).resolve(inputs), progress::inputSeen);
        FeedAwareWork work = FeedAwareWork.start(pipeline, fetcher, feedState);
        new OrderedParallelRunner<DocumentInput, ArticleRecord>(workers)
                .runExpanding(documents, work, record -> {
                    sink.accept(record);
                    progress.step();
                });
        work.finish(System.err);
    }

    /** Where {@code ingest} keeps feed state when {@code --state} is not given: beside its index. */
    void defaultFeedState(Path file) {
        if (feedState == null) {
            feedState = file;
        }
    }
}
