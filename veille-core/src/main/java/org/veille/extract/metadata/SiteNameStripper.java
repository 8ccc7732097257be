package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.veille.extract.TextKey;
import org.veille.extract.Whitespace;

/**
 * Removes the site name that {@code <title>} and often {@code og:title} add to a headline ("Headline |
 * Site", "Site - Headline"). The part to drop is the one naming the site (its declared name or its host
 * name); without such a part, a short end part that reads like a name is dropped, never a clause of
 * the headline itself ("Leasing oder Finanzierung – was lohnt sich mehr?").
 */
final class SiteNameStripper {
    /**
     * Separators between a headline and a site name. A single colon is not one: "Tramway : la ligne B"
     * (French spacing) and "Brexit: the vote" are headlines, and sites rarely put their name before one.
     */
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—·•»«/~]\\s+|\\s*[|»«•·]\\s*|\\s+::\\s+");
    private static final String TRIM = "[\\s|\\-–—:·•»«/~]+";
    private static final Pattern TRAILING_TRIM = Pattern.compile(TRIM + "$");
    private static final Pattern LEADING_TRIM = Pattern.compile("^" + TRIM);
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final int MAX_SITE_WORDS = 5;

    private SiteNameStripper() {
    }

    /**
     * The title without its site part.
     *
     * @param siteName the declared site name, or null
     * @param host     the page's host name ("www.example.co.uk"), or null
     */
    static String strip(String title, String siteName, String host) {
        String[] parts = SEPARATORS.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = siteName == null ? null : TextKey.of(siteName);
        String hostLabel = hostLabel(host);
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String p = TextKey.of(part);
            if (!p.isEmpty() && !namesSite(p, site, hostLabel)) {
                kept.add(part.trim());
            }
        }
        if (kept.isEmpty()) {
            return title;
        }
        if (kept.size() < parts.length) {
            // The site part was found; what is left is the title even if it holds a separator.
            return joinOriginal(title, kept);
        }
        // No part names the site: the site is usually the shorter end part ("Title - Site"), but only
        // a part that reads like a name may go.
        String first = parts[0].trim();
        String last = parts[parts.length - 1].trim();
        if (first.length() >= last.length()) {
            return looksLikeName(last) ? TRAILING_TRIM.matcher(title.substring(0, title.lastIndexOf(last))).replaceAll("").trim() : title;
        }
        return looksLikeName(first) ? LEADING_TRIM.matcher(title.substring(title.indexOf(first) + first.length())).replaceAll("").trim() : title;
    }

    /** Whether a text is only the site's name, by its declared name or its host name. */
    static boolean isSiteName(String text, String siteName, String host) {
        String key = TextKey.of(text);
        String site = siteName == null ? null : TextKey.of(siteName);
        return !key.isEmpty() && (key.equals(site) || sameAsHost(key, hostLabel(host)));
    }

    private static boolean namesSite(String part, String site, String hostLabel) {
        if (site != null && !site.isEmpty() && (part.equals(site) || site.contains(part) || part.contains(site))) {
            return true;
        }
        return sameAsHost(part, hostLabel);
    }

    /** "FINANZCHECK.de", "Finanz Check" and "finanzcheck" all name the host finanzcheck.de. */
    private static boolean sameAsHost(String part, String hostLabel) {
        if (hostLabel == null || hostLabel.length() < 3) {
            return false;
        }
        String compact = compact(part);
        return compact.equals(hostLabel) || (compact.startsWith(hostLabel) && part.contains(".")
                && compact.length() - hostLabel.length() <= 6);
    }

    /** The distinctive label of a host: "www.lemonde.fr" gives "lemonde", "news.bbc.co.uk" gives "bbc". */
    static String hostLabel(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        // Second-level public suffixes such as co.uk or com.au: step over them.
        while (i > 0 && labels[i].length() <= 3 && List.of("co", "com", "org", "net", "gov", "ac", "edu").contains(labels[i])) {
            i--;
        }
        return i >= 0 ? compact(labels[i]) : null;
    }

    private static String compact(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** A site name is short and does not read as a clause: no question, no lower-case start. */
    private static boolean looksLikeName(String part) {
        if (part.isEmpty() || Whitespace.RUNS.split(part).length > MAX_SITE_WORDS || part.endsWith("?") || part.endsWith("!")) {
            return false;
        }
        int first = part.codePointAt(0);
        return !Character.isLowerCase(first) || part.contains(".");
    }

    private static String joinOriginal(String title, List<String> kept) {
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : kept.get(0);
    }
}
