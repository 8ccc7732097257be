package org.veille.ingest.feed;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.veille.model.FeedItem;

/**
 * One read of one feed, followed until each of its items has its record (an item another feed
 * claimed first counts when that claim's record is made). The feed's validators are remembered only
 * when every item became an article and none was left for a later run: after a failed item (a
 * timeout, a 503) the next run must not get "304 Not Modified" and skip the item for good; it reads
 * the feed in full again, and the items already seen are still not fetched. Thread-safe.
 */
final class FeedRun {
    private final FeedState state;
    private final String feedUrl;
    private final String etag;
    private final String lastModified;
    private final boolean tookEveryItem;
    /** Items not yet done, plus one until the expansion is over, so no item can finish the run early. */
    private final AtomicInteger pending = new AtomicInteger(1);
    private final AtomicBoolean anyFailed = new AtomicBoolean();

    /** @param tookEveryItem false when items were left for a later run (over the per-read cap) */
    FeedRun(FeedState state, String feedUrl, String etag, String lastModified, boolean tookEveryItem) {
        this.state = state;
        this.feedUrl = feedUrl;
        this.etag = etag;
        this.lastModified = lastModified;
        this.tookEveryItem = tookEveryItem;
    }

    /** One more item of this read to wait for; called during the expansion only. */
    void expect() {
        pending.incrementAndGet();
    }

    /** The expansion is over: every item to wait for has been {@linkplain #expect() expected}. */
    void expanded() {
        countDown();
    }

    /** Called once per expected item with whether it became an article. */
    void itemDone(FeedItem item, boolean article) {
        if (article) {
            state.markSeen(item);
        } else {
            anyFailed.set(true);
        }
        countDown();
    }

    private void countDown() {
        if (pending.decrementAndGet() == 0 && !anyFailed.get() && tookEveryItem) {
            state.rememberValidators(feedUrl, etag, lastModified);
        }
    }
}
