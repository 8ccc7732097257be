package org.veille.ingest.feed;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.veille.model.FeedItem;

/**
 * One read of one feed, followed until each of its items has its record. The feed's validators are
 * remembered only when every item became an article: after a failed item (a timeout, a 503) the
 * next run must not get "304 Not Modified" and skip the item for good; it reads the feed in full
 * again, and the items already seen are still not fetched. Thread-safe.
 */
final class FeedRun {
    private final FeedState state;
    private final String feedUrl;
    private final String etag;
    private final String lastModified;
    private final AtomicInteger pending;
    private final AtomicBoolean anyFailed = new AtomicBoolean();

    FeedRun(FeedState state, String feedUrl, String etag, String lastModified, int items) {
        this.state = state;
        this.feedUrl = feedUrl;
        this.etag = etag;
        this.lastModified = lastModified;
        this.pending = new AtomicInteger(items);
        if (items == 0) {
            state.rememberValidators(feedUrl, etag, lastModified);
        }
    }

    /** Called once per item with whether it became an article. */
    void itemDone(FeedItem item, boolean article) {
        if (article) {
            state.markSeen(item);
        } else {
            anyFailed.set(true);
        }
        if (pending.decrementAndGet() == 0 && !anyFailed.get()) {
            state.rememberValidators(feedUrl, etag, lastModified);
        }
    }
}
