package org.veille.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.veille.model.FeedItem;

/**
 * The item links claimed for fetching in one run, so that an article listed by two feeds (or by one
 * feed named twice) is fetched once and yields one record. The first read to list a link claims it;
 * a later read's copy follows that claim: when the article's record is made, every listing feed
 * learns the outcome, so each marks it seen and none remembers its validators while it failed.
 *
 * <p>Thread-safe: workers expand feeds concurrently, and claims are taken at expansion time, before
 * any item has finished.
 */
final class ItemClaims {
    private final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();

    /**
     * Claims {@code item}'s link for {@code run}: the claim when this read is the first to list it,
     * else empty, and the item follows the earlier claim's outcome.
     */
    Optional<Claim> claim(FeedItem item, FeedRun run) {
        Claim fresh = new Claim(item, run);
        Claim earlier = claims.putIfAbsent(item.link(), fresh);
        if (earlier == null) {
            return Optional.of(fresh);
        }
        earlier.follow(item, run);
        return Optional.empty();
    }

    /** One claimed link: the reads that listed it, told the outcome once the article's record is made. */
    static final class Claim {
        private List<Listing> listings = new ArrayList<>();
        private Boolean article;

        private Claim(FeedItem item, FeedRun run) {
            listings.add(new Listing(item, run));
        }

        private void follow(FeedItem item, FeedRun run) {
            Boolean outcome;
            synchronized (this) {
                outcome = article;
                if (outcome == null) {
                    listings.add(new Listing(item, run));
                    return;
                }
            }
            run.itemDone(item, outcome);
        }

        /** Called once, when the claimed item's record is made, with whether it is an article. */
        void done(boolean isArticle) {
            List<Listing> told;
            synchronized (this) {
                article = isArticle;
                told = listings;
                listings = List.of();
            }
            // Outside the lock: a run's bookkeeping takes the feed state's lock.
            told.forEach(listing -> listing.run().itemDone(listing.item(), isArticle));
        }
    }

    private record Listing(FeedItem item, FeedRun run) {
    }
}
