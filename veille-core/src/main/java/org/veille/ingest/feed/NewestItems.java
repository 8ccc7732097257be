package org.veille.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.veille.model.FeedItem;

/**
 * Picks the items one read takes when a feed lists more than the cap: the newest when every item is
 * dated, else the first ones (feeds list their newest first). The chosen keep the feed's order.
 */
final class NewestItems {
    private NewestItems() {
    }

    static List<FeedItem> take(List<FeedItem> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        List<Instant> dates = items.stream().map(NewestItems::instant).toList();
        if (dates.contains(null)) {
            return List.copyOf(items.subList(0, max));
        }
        // Newest first, on equal dates the earlier in the feed (the sort is stable); then back in feed order.
        return IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparing(dates::get, Comparator.reverseOrder()))
                .limit(max)
                .sorted()
                .map(items::get)
                .toList();
    }

    /** The item's date as an instant; null when it has none (both parsers write RFC 3339). */
    private static Instant instant(FeedItem item) {
        if (item.published() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(item.published()).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
