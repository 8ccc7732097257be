package org.veille.extract;

import java.util.ArrayList;
import java.util.List;

import org.veille.model.Extraction;
import org.veille.model.FeedItem;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

/**
 * Fills the title, authors and publication date a page does not declare from the feed item that
 * linked to it. The feed is the publisher's own statement about the article, so it may stand in
 * (unlike the crawl date, which never does); the page wins wherever it speaks. Each field taken from
 * the feed is named by a warning ({@code feed-title}, {@code feed-authors}, {@code feed-published}),
 * so a reader can tell the two sources apart.
 */
public final class FeedFallbacks {
    private FeedFallbacks() {
    }

    /** {@code extraction} completed from {@code item}; unchanged when there is no item. */
    public static Outcome<Extraction> apply(Extraction extraction, FeedItem item) {
        if (item == null) {
            return Outcome.ok(extraction);
        }
        List<Warning> used = new ArrayList<>();
        String title = extraction.title();
        if (isBlank(title) && item.title() != null) {
            title = item.title();
            used.add(warning("feed-title", "title"));
        }
        List<String> authors = extraction.authors();
        if (authors.isEmpty() && !item.authors().isEmpty()) {
            authors = item.authors();
            used.add(warning("feed-authors", "authors"));
        }
        String published = extraction.published();
        if (isBlank(published) && item.published() != null) {
            published = item.published();
            used.add(warning("feed-published", "publication date"));
        }
        if (used.isEmpty()) {
            return Outcome.ok(extraction);
        }
        return Outcome.ok(new Extraction(extraction.url(), extraction.site(), extraction.pageType(), title,
                extraction.section(), authors, published, extraction.paragraphs(), extraction.captions(),
                extraction.method()), used);
    }

    private static Warning warning(String code, String what) {
        return new Warning("extract", code, "the page declares no " + what + "; the feed item's is used");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
