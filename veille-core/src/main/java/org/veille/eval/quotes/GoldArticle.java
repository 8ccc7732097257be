package org.veille.eval.quotes;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One article of a quotation set: the text its quotes are marked in, and the raw page it came from.
 *
 * @param id     the set's identifier for the article
 * @param html   the page's HTML, or null when the set has none
 * @param dump   a plain-text dump of the whole page (menus and all), or null when the set has none
 * @param text   the article text the gold offsets count in
 * @param quotes the annotated quotations, in text order
 */
public record GoldArticle(String id, Path html, Path dump, String text, List<GoldQuote> quotes) {
    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
    }
}
