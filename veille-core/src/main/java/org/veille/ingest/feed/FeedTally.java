package org.veille.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the feeds of a run gave, for the end-of-run summary: the things that yield no record
 * (an unchanged or empty feed, items already seen, without a link, listed twice, or left for a later
 * run) must still be reported.
 * Thread-safe.
 */
public final class FeedTally {
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong empty = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong alreadySeen = new AtomicLong();
    private final AtomicLong withoutLink = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deferred = new AtomicLong();

    /** One feed read: {@code seen} items already made into articles, {@code leftForLater} over the per-read cap. */
    void feedRead(Feed feed, int seen, int leftForLater) {
        read.incrementAndGet();
        if (feed.items().isEmpty()) {
            empty.incrementAndGet();
        }
        alreadySeen.addAndGet(seen);
        withoutLink.addAndGet(feed.withoutLink());
        duplicates.addAndGet(feed.repeated());
        deferred.addAndGet(leftForLater);
    }

    /** A read's items placed: {@code toFetch} claimed for fetching, {@code claimedElsewhere} claimed by an earlier feed. */
    void itemsPlaced(int toFetch, int claimedElsewhere) {
        items.addAndGet(toFetch);
        duplicates.addAndGet(claimedElsewhere);
    }

    void notModified() {
        notModified.incrementAndGet();
    }

    void malformed() {
        malformed.incrementAndGet();
    }

    void tooLarge() {
        tooLarge.incrementAndGet();
    }

    /** Whether any feed was met. */
    public boolean any() {
        return read.get() + notModified.get() + malformed.get() + tooLarge.get() > 0;
    }

    public long feedsRead() {
        return read.get();
    }

    public long notModifiedCount() {
        return notModified.get();
    }

    public long emptyCount() {
        return empty.get();
    }

    public long itemsToFetch() {
        return items.get();
    }

    public long alreadySeenCount() {
        return alreadySeen.get();
    }

    /** Items whose link an earlier item of the run had already claimed, in the same feed or another. */
    public long duplicateCount() {
        return duplicates.get();
    }

    /** Items over the per-read cap, left for a later run. */
    public long deferredCount() {
        return deferred.get();
    }

    /** "feeds: 2 read (1 empty), 1 not modified since the last run; 14 items fetched, 6 already seen". */
    public String summary() {
        List<String> feedParts = new ArrayList<>();
        if (read.get() > 0 || notModified.get() + malformed.get() + tooLarge.get() == 0) {
            feedParts.add(read.get() + " read" + (empty.get() > 0 ? " (" + empty.get() + " empty)" : ""));
        }
        if (notModified.get() > 0) {
            feedParts.add(notModified.get() + " not modified since the last run");
        }
        if (malformed.get() > 0) {
            feedParts.add(malformed.get() + " unreadable");
        }
        if (tooLarge.get() > 0) {
            feedParts.add(tooLarge.get() + " too large");
        }
        StringBuilder out = new StringBuilder("feeds: ").append(String.join(", ", feedParts))
                .append("; ").append(items.get()).append(items.get() == 1 ? " item" : " items").append(" fetched");
        if (alreadySeen.get() > 0) {
            out.append(", ").append(alreadySeen.get()).append(" already seen (not fetched again)");
        }
        if (withoutLink.get() > 0) {
            out.append(", ").append(withoutLink.get()).append(" without a link (skipped)");
        }
        if (duplicates.get() > 0) {
            out.append(", ").append(duplicates.get()).append(" listed twice (fetched once)");
        }
        if (deferred.get() > 0) {
            out.append(", ").append(deferred.get()).append(" over the per-feed limit (left for the next run)");
        }
        return out.toString();
    }
}
