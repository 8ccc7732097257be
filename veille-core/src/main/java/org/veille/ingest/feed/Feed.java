package org.veille.ingest.feed;

import java.util.List;
import java.util.Objects;

import org.veille.model.FeedItem;

/**
 * A feed as read: its items in the feed's order, links resolved, duplicates removed.
 *
 * @param url         the feed's URL as given
 * @param format      what it was written in
 * @param items       the items that link to an article
 * @param withoutLink how many items had no usable http(s) link and so cannot be fetched
 * @param repeated    how many items repeated the link of an earlier item of the feed (dropped)
 */
public record Feed(String url, FeedFormat format, List<FeedItem> items, int withoutLink, int repeated) {
    public Feed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
    }
}
