package org.veille.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.veille.ingest.ByteSizes;
import org.veille.ingest.DocumentIds;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.Fetcher;
import org.veille.ingest.HttpReply;
import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.FeedItem;
import org.veille.model.RawDocument;
import org.veille.model.Source;
import org.veille.pipeline.Outcome;

/**
 * Opens a URL the user named: fetches it once and says whether it is a page (read on through the
 * pipeline from that same fetch), a feed (expanded into inputs for its new items), or a broken feed
 * (one error record).
 *
 * <p>A feed seen on an earlier run is fetched conditionally ({@code If-None-Match},
 * {@code If-Modified-Since} from the {@link FeedState}); "304 Not Modified" expands into no item.
 * Items already made into articles are left out, and so is an item whose link another read of this
 * run has claimed (two feeds listing one article, a feed named twice): one expander serves one run.
 * What yields no record is counted in the {@link FeedTally}.
 *
 * <p>Memory is bounded by {@link FeedLimits}: a feed over the size cap is an error record, not
 * parsed; at most {@value #PARSES_AT_ONCE} feeds are parsed at once, each parse building a tree
 * several times the feed's size; a read takes at most the per-read cap of new items.
 *
 * <p>Thread-safe: called from worker threads, so that fetching a URL list is never serialised.
 */
public final class FeedExpander {

    /** What a URL turned out to be. */
    public sealed interface Opened {
        /** A page: {@code input} reads the bytes already fetched. */
        record Page(DocumentInput input) implements Opened {
        }

        /**
         * A feed: its new items, in the feed's order (none when unchanged, empty or all seen), to be
         * turned into inputs by {@link FeedExpander#place} when they take their place in the output.
         */
        record Items(String feedUrl, FeedRead read) implements Opened {
            public Items {
                Objects.requireNonNull(feedUrl, "feedUrl");
                Objects.requireNonNull(read, "read");
            }
        }

        /** A feed that cannot be read: its one error record. */
        record Failed(ArticleRecord record) implements Opened {
        }
    }

    /** Feeds parsed at the same time; other workers wait their turn (fetching goes on meanwhile). */
    static final int PARSES_AT_ONCE = 2;

    private final Fetcher fetcher;
    private final FeedState state;
    private final FeedTally tally;
    private final FeedLimits limits;
    private final ItemClaims claims = new ItemClaims();
    private final Semaphore parses = new Semaphore(PARSES_AT_ONCE);
    private final RomeFeedParser xml = new RomeFeedParser();
    private final JsonFeedParser json = new JsonFeedParser();

    /** An expander for one run, with the {@linkplain FeedLimits#defaults() default limits}. */
    public FeedExpander(Fetcher fetcher, FeedState state, FeedTally tally) {
        this(fetcher, state, tally, FeedLimits.defaults());
    }

    public FeedExpander(Fetcher fetcher, FeedState state, FeedTally tally, FeedLimits limits) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.state = Objects.requireNonNull(state, "state");
        this.tally = Objects.requireNonNull(tally, "tally");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Fetches {@code input}'s URL once and opens it; only for inputs that {@linkplain DocumentInput#mayBeFeed() may be feeds}. */
    public Opened open(DocumentInput input) {
        String url = input.uri();
        Outcome<HttpReply> exchanged = fetcher.exchange(url, state.conditionalHeaders(url));
        if (!exchanged.isOk()) {
            return new Opened.Page(new FetchedInput(url, Outcome.failed(exchanged.error(), exchanged.warnings())));
        }
        HttpReply reply = exchanged.value();
        if (reply.status() == 304) {
            tally.notModified();
            // Nothing to wait for, and the validators remembered stay as they are (not replaced by none).
            return new Opened.Items(url, new FeedRead(new FeedRun(state, url, null, null, false), List.of()));
        }
        if (!reply.isSuccess()) {
            return new Opened.Page(new FetchedInput(url, reply.asDocument()));
        }
        RawDocument raw = reply.document();
        FeedSniffer.Verdict verdict = FeedSniffer.sniff(raw);
        if (verdict instanceof FeedSniffer.Verdict.Feed feed) {
            if (raw.size() > limits.maxFeedBytes()) {
                tally.tooLarge();
                return failed(raw, ErrorKind.TOO_LARGE, "the feed at " + url + " is " + ByteSizes.describe(raw.size())
                        + ", over the " + ByteSizes.describe(limits.maxFeedBytes()) + " limit for a feed (pages may be larger)");
            }
            return expand(raw, reply, feed.format());
        }
        if (verdict instanceof FeedSniffer.Verdict.Broken broken) {
            tally.malformed();
            return failed(raw, ErrorKind.MALFORMED_FEED, broken.message());
        }
        return new Opened.Page(new FetchedInput(url, Outcome.ok(raw, exchanged.warnings())));
    }

    /**
     * Finishes the bookkeeping for an item read but turned away before its analysis (by {@code --lang}):
     * it counts as done, so the next run does not fetch it again. Other inputs need nothing.
     */
    public void turnedAway(DocumentInput input) {
        if (input instanceof FeedItemInput itemInput) {
            itemInput.claim().done(true);
        }
    }

    /**
     * Finishes the bookkeeping for a record made from one of this expander's item inputs: the item is
     * remembered, by every feed that listed it, when it became an article, and an error record gets
     * the feed in its source (the fetch that failed never carried it). Other records pass unchanged.
     */
    public ArticleRecord finish(DocumentInput input, ArticleRecord record) {
        if (!(input instanceof FeedItemInput itemInput)) {
            return record;
        }
        itemInput.claim().done(!record.isError());
        if (record.isError() && record.source().feed() == null) {
            return ArticleRecord.failed(record.id(), record.source().withFeed(itemInput.item().feed()),
                    record.error(), record.warnings());
        }
        return record;
    }

    private Opened expand(RawDocument raw, HttpReply reply, FeedFormat format) {
        String url = raw.uri();
        Outcome<Feed> parsed;
        parses.acquireUninterruptibly();
        try {
            parsed = format == FeedFormat.JSON_FEED
                    ? json.parse(url, reply.finalUrl(), raw.view())
                    : xml.parse(url, reply.finalUrl(), raw.view(), format);
        } finally {
            parses.release();
        }
        if (!parsed.isOk()) {
            tally.malformed();
            return failed(raw, ErrorKind.MALFORMED_FEED, parsed.error().message());
        }
        Feed feed = parsed.value();
        List<FeedItem> unseen = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            if (!state.seen(item)) {
                unseen.add(item);
            }
        }
        List<FeedItem> taken = NewestItems.take(unseen, limits.maxItemsPerRead());
        FeedRun run = new FeedRun(state, url, reply.header("etag").orElse(null),
                reply.header("last-modified").orElse(null), taken.size() == unseen.size());
        tally.feedRead(feed, feed.items().size() - unseen.size(), unseen.size() - taken.size());
        return new Opened.Items(url, new FeedRead(run, taken));
    }

    /**
     * The inputs of a feed read's items, made when they take their place in the output: each item's
     * link is claimed for the run, and an item an earlier feed of the run claimed is left out, counted
     * as listed twice, and told the outcome of that feed's copy. Called once per read, in input order
     * (the runner's consumer does), so which feed fetches a shared article does not depend on timing.
     */
    public List<DocumentInput> place(Opened.Items opened) {
        FeedRead read = opened.read();
        if (!read.place()) {
            throw new IllegalStateException("the items of " + opened.feedUrl() + " were placed already");
        }
        FeedRun run = read.run();
        List<DocumentInput> inputs = new ArrayList<>(read.size());
        for (FeedItem item : read.items()) {
            run.expect();
            Optional<ItemClaims.Claim> claim = claims.claim(item, run);
            claim.ifPresent(owned -> inputs.add(new FeedItemInput(item, fetcher, owned)));
        }
        run.expanded();
        tally.itemsPlaced(inputs.size(), read.size() - inputs.size());
        return inputs;
    }

    private Opened failed(RawDocument raw, ErrorKind kind, String message) {
        Source source = new Source(raw.uri(), null, null, raw.size()).withTransport(raw.fetch()).withFeed(raw.uri());
        return new Opened.Failed(ArticleRecord.failed(DocumentIds.of(raw), source,
                new ArticleError(kind, message), List.of()));
    }
}
