package org.veille.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * Items already made into articles are left out. What yields no record is counted in the
 * {@link FeedTally}.
 *
 * <p>Thread-safe: called from worker threads, so that fetching a URL list is never serialised.
 */
public final class FeedExpander {

    /** What a URL turned out to be. */
    public sealed interface Opened {
        /** A page: {@code input} reads the bytes already fetched. */
        record Page(DocumentInput input) implements Opened {
        }

        /** A feed: the inputs of its items to fetch, in the feed's order (none when unchanged, empty or all seen). */
        record Items(String feedUrl, List<DocumentInput> items) implements Opened {
            public Items {
                items = List.copyOf(items);
            }
        }

        /** A feed that cannot be read: its one error record. */
        record Failed(ArticleRecord record) implements Opened {
        }
    }

    private final Fetcher fetcher;
    private final FeedState state;
    private final FeedTally tally;
    private final RomeFeedParser xml = new RomeFeedParser();
    private final JsonFeedParser json = new JsonFeedParser();

    public FeedExpander(Fetcher fetcher, FeedState state, FeedTally tally) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.state = Objects.requireNonNull(state, "state");
        this.tally = Objects.requireNonNull(tally, "tally");
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
            return new Opened.Items(url, List.of());
        }
        if (!reply.isSuccess()) {
            return new Opened.Page(new FetchedInput(url, reply.asDocument()));
        }
        RawDocument raw = reply.document();
        FeedSniffer.Verdict verdict = FeedSniffer.sniff(raw);
        if (verdict instanceof FeedSniffer.Verdict.Feed feed) {
            return expand(raw, reply, feed.format());
        }
        if (verdict instanceof FeedSniffer.Verdict.Broken broken) {
            return failed(raw, broken.message());
        }
        return new Opened.Page(new FetchedInput(url, Outcome.ok(raw, exchanged.warnings())));
    }

    /**
     * Finishes the bookkeeping for a record made from one of this expander's item inputs: the item is
     * remembered when it became an article, and an error record gets the feed in its source (the
     * fetch that failed never carried it). Other records pass unchanged.
     */
    public ArticleRecord finish(DocumentInput input, ArticleRecord record) {
        if (!(input instanceof FeedItemInput itemInput)) {
            return record;
        }
        itemInput.run().itemDone(itemInput.item(), !record.isError());
        if (record.isError() && record.source().feed() == null) {
            return ArticleRecord.failed(record.id(), record.source().withFeed(itemInput.item().feed()),
                    record.error(), record.warnings());
        }
        return record;
    }

    private Opened expand(RawDocument raw, HttpReply reply, FeedFormat format) {
        String url = raw.uri();
        byte[] bytes = raw.toByteArray();
        Outcome<Feed> parsed = format == FeedFormat.JSON_FEED
                ? json.parse(url, reply.finalUrl(), bytes)
                : xml.parse(url, reply.finalUrl(), bytes, format);
        if (!parsed.isOk()) {
            return failed(raw, parsed.error().message());
        }
        Feed feed = parsed.value();
        List<FeedItem> fresh = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            if (!state.seen(item)) {
                fresh.add(item);
            }
        }
        tally.feedRead(feed, fresh.size(), feed.items().size() - fresh.size());
        FeedRun run = new FeedRun(state, url, reply.header("etag").orElse(null),
                reply.header("last-modified").orElse(null), fresh.size());
        List<DocumentInput> inputs = new ArrayList<>(fresh.size());
        for (FeedItem item : fresh) {
            inputs.add(new FeedItemInput(item, fetcher, run));
        }
        return new Opened.Items(url, inputs);
    }

    private Opened failed(RawDocument raw, String message) {
        tally.malformed();
        Source source = new Source(raw.uri(), null, null, raw.size()).withTransport(raw.fetch()).withFeed(raw.uri());
        return new Opened.Failed(ArticleRecord.failed(DocumentIds.of(raw), source,
                new ArticleError(ErrorKind.MALFORMED_FEED, message), List.of()));
    }
}
