package org.veille.ingest.feed;

import java.net.URI;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * Cleans the values feeds give for an item, the same way for every format: titles may carry markup
 * and entities, author fields hold e-mail addresses ("jd@example.org (Jane Doe)"), links are
 * relative to the feed, and dates come in RFC 3339 with or without an offset.
 */
final class ItemFields {
    /** RSS's {@code author} is an e-mail address, the name in brackets after it by convention. */
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*<[^>]*@[^>]*>$");
    private static final Pattern BARE_EMAIL = Pattern.compile("^\\S+@\\S+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ItemFields() {
    }

    /** Plain text: markup removed, entities decoded, white space folded; null when nothing is left. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('<') >= 0 || value.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(value).text() : value;
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** Person names from the raw author values, in order, without e-mail addresses or repeats. */
    static List<String> authors(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : raw) {
            String name = authorName(value);
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static String authorName(String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        Matcher bracketed = EMAIL_THEN_NAME.matcher(text);
        if (bracketed.matches()) {
            return text(bracketed.group(1));
        }
        Matcher named = NAME_THEN_EMAIL.matcher(text);
        if (named.matches()) {
            return text(named.group(1));
        }
        return BARE_EMAIL.matcher(text).matches() ? null : text;
    }

    /** The link resolved against the feed's address; null unless it is an http(s) URL. */
    static String link(String value, String base) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            URI resolved = URI.create(base).resolve(URI.create(text.replace(" ", "%20")));
            String scheme = resolved.getScheme();
            if (scheme == null || resolved.getHost() == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An RFC 3339 date as written, when it is one (JSON Feed keeps the publisher's offset this way). */
    static String rfc3339(String value) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
