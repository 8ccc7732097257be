package org.veille.ingest.feed;

/**
 * How much of a feed one read may take in. A feed is parsed whole (ROME and Jackson build a tree of
 * it, several times its size), and each of its items waits in the runner as an input; without these
 * caps a 32 MiB feed on each of several workers would need gigabytes.
 *
 * @param maxFeedBytes    the largest feed body parsed; a larger one is one {@code too-large} error record
 * @param maxItemsPerRead the most new items taken from one read; the rest are counted and left for a
 *                        later run (they are not marked seen)
 */
public record FeedLimits(long maxFeedBytes, int maxItemsPerRead) {
    /** 8 MiB: some fifty times the largest real news feeds, whose full item text makes them big. */
    public static final long DEFAULT_MAX_FEED_BYTES = 8L * 1024 * 1024;
    /** 5,000: a news feed lists its latest 10 to 100 items; only archives and dumps list more. */
    public static final int DEFAULT_MAX_ITEMS_PER_READ = 5_000;

    public FeedLimits {
        if (maxFeedBytes < 1) {
            throw new IllegalArgumentException("maxFeedBytes must be at least 1: " + maxFeedBytes);
        }
        if (maxItemsPerRead < 1) {
            throw new IllegalArgumentException("maxItemsPerRead must be at least 1: " + maxItemsPerRead);
        }
    }

    public static FeedLimits defaults() {
        return new FeedLimits(DEFAULT_MAX_FEED_BYTES, DEFAULT_MAX_ITEMS_PER_READ);
    }
}
