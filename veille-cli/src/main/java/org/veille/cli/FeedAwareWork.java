package org.veille.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.veille.ingest.DocumentIds;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.Fetcher;
import org.veille.ingest.feed.FeedExpander;
import org.veille.ingest.feed.FeedState;
import org.veille.ingest.feed.FeedTally;
import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.Source;
import org.veille.pipeline.LanguageFilter;
import org.veille.pipeline.Pipeline;

/**
 * The work of one input on a worker thread: a URL the user named is fetched once and opened (a page
 * goes on through the pipeline from that fetch; a feed becomes its items, which the runner puts in
 * its place); any other input, a feed's items included, goes straight through the pipeline. One
 * instance serves a whole command, all its segments: its feed expander is what keeps an article
 * listed twice from being fetched twice.
 */
final class FeedAwareWork implements Function<DocumentInput, OrderedParallelRunner.Step<DocumentInput, Optional<ArticleRecord>>> {
    private final Pipeline pipeline;
    private final LanguageFilter languages;
    private final FeedState state;
    private final FeedTally tally = new FeedTally();
    private final FeedExpander feeds;

    private FeedAwareWork(Pipeline pipeline, LanguageFilter languages, Fetcher fetcher, FeedState state) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.state = Objects.requireNonNull(state, "state");
        this.feeds = new FeedExpander(fetcher, state, tally);
    }

    /**
     * The work of one run, with the feed state kept in {@code stateFile} (loaded now), or for this
     * run only when null. A file that is not a feed state stops the run before anything is fetched.
     */
    static FeedAwareWork start(Pipeline pipeline, LanguageFilter languages, Fetcher fetcher, Path stateFile) {
        try {
            return new FeedAwareWork(pipeline, languages, fetcher, stateFile == null ? FeedState.inMemory() : FeedState.load(stateFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * After a segment of the run that went to its end: saves the feed state, saying on {@code err}
     * when it cannot. A crashed segment saves nothing, so the next run starts from the state before it.
     */
    void saveState(PrintStream err) {
        try {
            state.save();
        } catch (IOException e) {
            // The records are out already; only the memory of this run is lost, so say so and go on.
            err.println("veille: could not save the feed state " + state.file().orElse(null) + ": " + e.getMessage());
        }
    }

    /** The line saying what the run's feeds gave that has no record, when it met any feed. */
    Optional<String> report() {
        return tally.any() ? Optional.of("veille: " + tally.summary()) : Optional.empty();
    }

    @Override
    public OrderedParallelRunner.Step<DocumentInput, Optional<ArticleRecord>> apply(DocumentInput input) {
        if (!input.mayBeFeed()) {
            return process(input);
        }
        FeedExpander.Opened opened;
        try {
            opened = feeds.open(input);
        } catch (RuntimeException e) {
            // A bug met on one URL is that URL's error record; the run goes on.
            String message = "unexpected " + e.getClass().getSimpleName() + " while opening " + input.uri()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return result(ArticleRecord.failed(DocumentIds.ofUri(input.uri()), new Source(input.uri(), null, null, -1),
                    new ArticleError(ErrorKind.INTERNAL, message), List.of()));
        }
        if (opened instanceof FeedExpander.Opened.Items items) {
            // Claimed when they take the feed's place, in input order: see FeedExpander.place.
            return new OrderedParallelRunner.Step.Expansion<>(() -> feeds.place(items));
        }
        if (opened instanceof FeedExpander.Opened.Failed failed) {
            return result(failed.record());
        }
        return process(((FeedExpander.Opened.Page) opened).input());
    }

    /**
     * The pipeline on one document, the analysis only for an article the language filter keeps. A
     * feed item turned away was still read: it counts as done, so the next run does not fetch it again.
     */
    private OrderedParallelRunner.Step<DocumentInput, Optional<ArticleRecord>> process(DocumentInput input) {
        Optional<ArticleRecord> record = pipeline.process(input, languages);
        if (record.isEmpty()) {
            feeds.turnedAway(input);
            return new OrderedParallelRunner.Step.Result<>(Optional.empty());
        }
        return result(feeds.finish(input, record.get()));
    }

    private static OrderedParallelRunner.Step<DocumentInput, Optional<ArticleRecord>> result(ArticleRecord record) {
        return new OrderedParallelRunner.Step.Result<>(Optional.of(record));
    }
}
