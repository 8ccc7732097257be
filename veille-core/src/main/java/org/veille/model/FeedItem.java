package org.veille.model;

import java.util.List;
import java.util.Objects;

/**
 * What a news feed said about one article it links to. The feed is the publisher's own statement,
 * unlike the crawl date, so its title, authors and date stand in for what the page itself does not
 * declare; the page wins wherever it does.
 *
 * @param feed      the feed's URL as given (the feed the item was read from)
 * @param link      the article's address, resolved against the feed's URL
 * @param guid      the item's own identifier (RSS {@code guid}, Atom {@code id}, JSON Feed {@code id}), else null
 * @param title     the item's title, else null
 * @param authors   person names, in the feed's order (e-mail addresses left out)
 * @param published publication instant, ISO-8601 ({@code 2023-02-21T08:30:00Z}), else null
 */
public record FeedItem(String feed, String link, String guid, String title, List<String> authors, String published) {
    public FeedItem {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(link, "link");
        authors = List.copyOf(authors);
    }
}
