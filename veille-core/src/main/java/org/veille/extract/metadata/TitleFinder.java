package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.veille.extract.TextKey;
import org.veille.extract.Whitespace;

/**
 * Finds the headline. Declared titles ({@code og:title}, JSON-LD {@code headline}) often carry the
 * site name and {@code <title>} nearly always does; the visible {@code <h1>} does not, so an h1 that
 * agrees with a declared title wins, and otherwise the declared title loses its site suffix.
 */
final class TitleFinder {
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—:·•»«/]\\s+|\\s*[|»«•·]\\s*|\\s+::\\s+");

    String find(Document document, MetaTags meta, String jsonLdHeadline, String siteName) {
        String og = clean(meta.first("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "headline"));
        String html = clean(document.title());
        String declared = firstNonBlank(clean(jsonLdHeadline), og);
        List<Element> h1s = document.body() == null ? List.of() : document.body().getElementsByTag("h1");

        List<String> references = new ArrayList<>();
        if (declared != null) {
            references.add(declared);
        }
        if (html != null) {
            references.add(html);
        }
        for (Element h1 : h1s) {
            String text = clean(h1.text());
            if (text == null || text.length() < 4) {
                continue;
            }
            for (String reference : references) {
                if (contains(reference, text)) {
                    return text;
                }
            }
        }
        if (declared != null) {
            return stripSite(declared, siteName);
        }
        if (h1s.size() == 1) {
            String text = clean(h1s.get(0).text());
            if (text != null && text.length() >= 10) {
                return text;
            }
        }
        return html == null ? null : stripSite(html, siteName);
    }

    /** Removes "| Site Name" style parts: the part naming the site, or else keeps the longest part. */
    static String stripSite(String title, String siteName) {
        String[] parts = SEPARATORS.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = siteName == null ? null : TextKey.of(siteName);
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String p = TextKey.of(part);
            if (p.isEmpty() || (site != null && (p.equals(site) || site.contains(p) || p.contains(site)))) {
                continue;
            }
            kept.add(part.trim());
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        if (kept.isEmpty()) {
            return title;
        }
        if (site != null && kept.size() < parts.length) {
            // The site part was found; what is left is the title even if it contained a separator.
            return joinOriginal(title, kept);
        }
        // Without a known site name the site is usually the shortest end part ("Title - Site").
        String first = parts[0].trim();
        String last = parts[parts.length - 1].trim();
        if (first.length() >= last.length()) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»«/]+$", "").trim();
        }
        return title.substring(title.indexOf(first) + first.length()).replaceAll("^[\\s|\\-–—:·•»«/]+", "").trim();
    }

    private static String joinOriginal(String title, List<String> kept) {
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : kept.get(0);
    }

    private static boolean contains(String reference, String h1) {
        String r = TextKey.of(reference);
        String h = TextKey.of(h1);
        return r.equals(h) || (h.length() >= 10 && r.contains(h));
    }


    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = Whitespace.normalize(text);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }
}
