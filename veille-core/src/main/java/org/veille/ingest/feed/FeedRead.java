package org.veille.ingest.feed;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.veille.model.FeedItem;

/**
 * One read of a feed between its parse and the moment its items take their place in the output:
 * the new items the read took, not yet claimed. Claiming waits for that moment, which comes in input
 * order, so that an article two feeds list is always fetched for the first of them, whichever
 * worker parsed its feed first.
 */
public final class FeedRead {
    private final FeedRun run;
    private final List<FeedItem> items;
    private final AtomicBoolean placed = new AtomicBoolean();

    FeedRead(FeedRun run, List<FeedItem> items) {
        this.run = run;
        this.items = List.copyOf(items);
    }

    /** How many new items the read took (before claiming: some may turn out claimed by an earlier feed). */
    public int size() {
        return items.size();
    }

    FeedRun run() {
        return run;
    }

    List<FeedItem> items() {
        return items;
    }

    /** Whether this is the first call: a read is placed once. */
    boolean place() {
        return placed.compareAndSet(false, true);
    }
}
