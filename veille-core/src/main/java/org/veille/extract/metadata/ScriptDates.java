package org.veille.extract.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Reads a publication date out of the data that script blocks hand to a page's own code (app state,
 * analytics, embedded stores): {@code "datePublished": "…"}, {@code "publishedAt": "…"}. Single-page
 * sites carry their date only there. A last resort, and publication keys only: creation keys
 * ({@code createdAt}) in such data as often date a user, an embedded post or a review, and shop
 * systems' {@code published_at} dates a product listing.
 */
final class ScriptDates {
    /** Keys naming when the page's item was published, quoted as in JSON. */
    private static final Pattern KEY = Pattern.compile(
            "[\"'](?:datePublished|publishedAt|publishDate|publish_date|pubDate|datePosted)[\"']"
                    + "\\s*:\\s*[\"']([^\"']{8,40})[\"']");
    /** Only this much of one script is searched: page data puts its own item first. */
    private static final int MAX_CHARS = 200_000;

    private final DateParser parser;

    ScriptDates(DateParser parser) {
        this.parser = parser;
    }

    /** The first date under a publication key in the scripts, in order; or null. */
    String find(List<Element> scripts) {
        for (Element script : scripts) {
            String data = script.data();
            Matcher m = KEY.matcher(data.length() > MAX_CHARS ? data.substring(0, MAX_CHARS) : data);
            while (m.find()) {
                String date = parser.parse(m.group(1), false);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }
}
