package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.veille.extract.TextKey;
import org.veille.extract.Whitespace;

/**
 * Finds the headline. Declared titles ({@code og:title}, JSON-LD {@code headline}) often carry the
 * site name and {@code <title>} nearly always does; the visible {@code <h1>} does not, so an h1 that
 * agrees with a declared title wins (declared titles asked before {@code <title>}), and otherwise the
 * declared title loses its site suffix ({@link SiteNameStripper}). Which h1s count, and which part of
 * an h1 is the headline, is {@link Headings}' job.
 */
final class TitleFinder {
    private static final int MIN_MARKED_CHARS = 10;

    private final Headings headings = new Headings();

    String find(Document document, List<Element> h1Elements, MetaTags meta, String jsonLdHeadline, String siteName,
                String host) {
        String og = clean(meta.first("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "headline"));
        String html = clean(document.title());
        String declared = firstNonBlank(clean(jsonLdHeadline), og);
        List<Headings.Heading> h1s = headings.of(h1Elements, siteName, host);

        // Declared titles are asked first: <title> holds the site name too, and on a blog whose name
        // is set in an h1 that h1 agrees with <title> as well as the headline does.
        List<String> references = new ArrayList<>();
        for (String reference : new String[] {clean(jsonLdHeadline), og, clean(meta.first("twitter:title")), html}) {
            if (reference != null && !references.contains(reference)) {
                references.add(reference);
            }
        }
        for (String reference : references) {
            for (Headings.Heading h1 : h1s) {
                if (agrees(reference, h1.text())) {
                    return h1.text();
                }
            }
        }
        if (h1s.size() == 1 && h1s.get(0).marked() && h1s.get(0).text().length() >= MIN_MARKED_CHARS) {
            // A page's only h1, marked as its title, is what readers see as the headline; declared
            // titles are often rewritten for search engines and social networks.
            return h1s.get(0).text();
        }
        if (declared != null) {
            return SiteNameStripper.strip(declared, siteName, host);
        }
        if (h1s.size() == 1 && h1s.get(0).text().length() >= MIN_MARKED_CHARS) {
            return h1s.get(0).text();
        }
        return html == null ? null : SiteNameStripper.strip(html, siteName, host);
    }

    /**
     * Whether an h1 is the reference title or a run of whole words in it ("Headline | Site", "Kicker:
     * Headline", "Headline Rezept | Site"): declared titles add site names, kickers and keywords around
     * the visible headline.
     */
    static boolean agrees(String reference, String h1) {
        String r = TextKey.of(reference);
        String h = TextKey.of(h1);
        if (r.equals(h)) {
            return true;
        }
        int at = h.length() >= MIN_MARKED_CHARS ? r.indexOf(h) : -1;
        if (at < 0) {
            return false;
        }
        int end = at + h.length();
        return (at == 0 || !Character.isLetterOrDigit(r.codePointBefore(at)))
                && (end == r.length() || !Character.isLetterOrDigit(r.codePointAt(end)));
    }

    /**
     * Whitespace-normalised text with entities decoded: CMSs often escape a title twice, so a meta
     * tag or JSON-LD value still reads "Rock &amp; Roll" or "&#8211;" after parsing.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String decoded = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        String cleaned = Whitespace.normalize(decoded);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }
}
