package org.veille.ingest.feed;

import java.nio.ByteBuffer;
import java.util.Objects;

import org.veille.ingest.DocumentInput;
import org.veille.ingest.Fetcher;
import org.veille.model.FeedItem;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * The article a feed item links to, fetched when read, its bytes carrying the item's metadata
 * ({@link FetchMetadata#feedItem()}) on to the pipeline. Never a feed itself: a feed's items are
 * read as pages. Made only for an item this run {@linkplain ItemClaims claimed}: its record's outcome
 * goes to every feed that listed the link.
 */
record FeedItemInput(FeedItem item, Fetcher fetcher, ItemClaims.Claim claim) implements DocumentInput {
    FeedItemInput {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(fetcher, "fetcher");
        Objects.requireNonNull(claim, "claim");
    }

    @Override
    public String uri() {
        return item.link();
    }

    @Override
    public Outcome<RawDocument> read() {
        return fetcher.fetch(item.link()).then(raw -> {
            FetchMetadata fetch = raw.fetch() == null ? new FetchMetadata(item.link(), 0, null) : raw.fetch();
            ByteBuffer content = raw.content();
            return Outcome.ok(new RawDocument(raw.uri(), content, fetch.withFeedItem(item)));
        });
    }
}
