package org.veille.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.veille.analyse.Analyser;
import org.veille.ingest.DocumentDecoder;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.InputResolver;
import org.veille.ingest.polite.PoliteGate;
import org.veille.ingest.polite.PolitenessSettings;
import org.veille.ingest.warc.ArchiveFilter;
import org.veille.model.ArticleRecord;
import org.veille.pipeline.LanguageFilter;
import org.veille.pipeline.Pipeline;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The pipeline options {@code analyze} and {@code ingest} share, and the run they configure: inputs
 * resolved lazily, the pipeline on {@link OrderedParallelRunner}, each record handed on in input order.
 *
 * <p>Filters drop what a study does not need before the costly stages: {@code --include-host} and
 * {@code --from/--to} are web-archive filters, checked on each record's WARC header before its payload
 * is read; {@code --lang} applies to every input, after language detection and before the analysis.
 * What they skip is counted in the {@link RunSummary}.
 *
 * <p>A command may run the pipeline in several segments ({@code ingest} stores {@code .jsonl} files
 * between them, in input order); the segments are one run: they share one polite fetcher (robots.txt
 * fetched once per site, one spacing per host), one pipeline and one feed state, so an article a
 * feed listed in one segment is not fetched again in the next.
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

    @Option(names = "--include-host", paramLabel = "HOST", description = "web archives: read only records of this host "
            + "or its subdomains (repeatable)")
    List<String> includeHosts = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "web archives: read only records captured on or after "
            + "this day (WARC-Date, UTC, YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "web archives: read only records captured on or before "
            + "this day (WARC-Date, UTC, YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--lang", paramLabel = "CODES", split = ",", description = "keep only articles in these languages "
            + "(e.g. fr,en; und for undetermined), decided after language detection and before the analysis")
    List<String> languages = new ArrayList<>();

    @Option(names = "--attribution-model", paramLabel = "FILE", defaultValue = "${env:VEILLE_ATTRIBUTION_MODEL}",
            description = "find English quotations with this learned tagger ('veille train attribution') instead of "
                    + "the rules (default: $VEILLE_ATTRIBUTION_MODEL, else the rules)")
    Path attributionModel;

    private final RunSummary summary = new RunSummary();

    /** What the segments of this command share, made by the first; null before it. */
    private Shared shared;

    /** The analyser of a run; a model that cannot be read is a usage error, before any input is read. */
    static Analyser analyser(Path attributionModel) {
        try {
            return Analyser.standard(attributionModel);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the attribution model " + attributionModel + ": " + e.getMessage(), e);
        }
    }

    /** Option values picocli's types cannot rule out: a usage error (exit 2) with the usage shown. */
    void validate() {
        if (attributionModel != null && !java.nio.file.Files.isRegularFile(attributionModel)) {
            throw new ParameterException(spec.commandLine(), "--attribution-model: no such file: " + attributionModel);
        }
        archiveFilter();
        languageFilter();
        if (noLanguage && !languages.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--lang needs language detection: drop --no-language");
        }
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

    /** The archive filter the options describe; a usage error when they contradict each other. */
    ArchiveFilter archiveFilter() {
        try {
            return new ArchiveFilter(Set.copyOf(includeHosts), from, to);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--include-host/--from/--to: " + e.getMessage());
        }
    }

    LanguageFilter languageFilter() {
        try {
            return new LanguageFilter(Set.copyOf(languages));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
    }

    /**
     * The lines to print on stderr once every segment is over: what the feeds gave that has no record,
     * then the {@link RunSummary}, each when there is something to say.
     */
    List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        if (shared != null) {
            shared.work().report().ifPresent(lines::add);
        }
        summary.line().ifPresent(lines::add);
        return lines;
    }

    /**
     * Runs the pipeline over {@code inputs}, handing every record to {@code sink} in input order; a
     * further call is a further segment of the same run.
     */
    void run(List<String> inputs, Progress progress, Consumer<ArticleRecord> sink) {
        Shared run = shared();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        InputResolver resolver = new InputResolver(run.settings(), run.fetcher(), archiveFilter());
        Iterator<DocumentInput> documents = new ObservedIterator<>(resolver.resolve(inputs), progress::inputSeen);
        FeedAwareWork work = run.work();
        new OrderedParallelRunner<DocumentInput, Optional<ArticleRecord>>(workers)
                .runExpanding(documents, work, result -> {
                    if (result.isPresent()) {
                        summary.out(result.get());
                        sink.accept(result.get());
                    } else {
                        summary.languageSkipped();
                    }
                    progress.step();
                });
        // Saved after each segment: what a finished segment learnt survives a crash in the next.
        work.saveState(System.err);
        summary.addArchives(resolver.archiveCounts());
    }

    /**
     * Made on the first segment, not at parse time: the feed state is loaded then (a file that is not
     * one stops the run before anything is fetched), and the HTTP client only when a URL shows up.
     */
    private Shared shared() {
        if (shared == null) {
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
            if (!extractOnly && !noLanguage) {
                // The NLP models load on the first article of each language, not here: a run that meets
                // only errors or one language pays for nothing more. Without a language there is no
                // analysis to run, and the records say so with null lists, as --extract-only's do.
                builder.analysis(analyser(attributionModel));
            }
            // A feed becomes its items in its place; an article the language filter turns away comes
            // back empty, without having been analysed.
            FeedAwareWork work = FeedAwareWork.start(builder.build(), languageFilter(), fetcher, feedState);
            shared = new Shared(settings, fetcher, work);
        }
        return shared;
    }

    /** One command's fetching settings, polite fetcher and feed-aware work, shared by its segments. */
    private record Shared(IngestSettings settings, LazyFetcher fetcher, FeedAwareWork work) {
    }

    /** Where {@code ingest} keeps feed state when {@code --state} is not given: beside its index. */
    void defaultFeedState(Path file) {
        if (feedState == null) {
            feedState = file;
        }
    }
}
