package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.veille.extract.TextKey;
import org.veille.extract.Whitespace;

/**
 * Finds the headline. Declared titles ({@code og:title}, JSON-LD {@code headline}) often carry the
 * site name and {@code <title>} nearly always does; the visible {@code <h1>} does not, so an h1 that
 * agrees with a declared title wins, and otherwise the declared title loses its site suffix
 * ({@link SiteNameStripper}). An h1 that only holds the site name (a logo) is never the headline.
 */
final class TitleFinder {
    private static final Pattern HEADLINE_CLASS = Pattern.compile("(?i)title|headline|heading");

    String find(Document document, MetaTags meta, String jsonLdHeadline, String siteName, String host) {
        String og = clean(meta.first("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "headline"));
        String html = clean(document.title());
        String declared = firstNonBlank(clean(jsonLdHeadline), og);
        List<Element> h1Elements = document.body() == null ? List.of() : document.body().getElementsByTag("h1");
        List<String> h1s = headings(h1Elements, siteName, host);

        List<String> references = new ArrayList<>();
        if (declared != null) {
            references.add(declared);
        }
        if (html != null) {
            references.add(html);
        }
        for (String h1 : h1s) {
            for (String reference : references) {
                if (contains(reference, h1)) {
                    return h1;
                }
            }
        }
        if (h1Elements.size() == 1 && h1s.size() == 1 && isMarkedHeadline(h1Elements.get(0)) && h1s.get(0).length() >= 10) {
            // A page's only h1, marked as its title, is what readers see as the headline; declared
            // titles are often rewritten for search engines and social networks.
            return h1s.get(0);
        }
        if (declared != null) {
            return SiteNameStripper.strip(declared, siteName, host);
        }
        if (h1s.size() == 1 && h1s.get(0).length() >= 10) {
            return h1s.get(0);
        }
        return html == null ? null : SiteNameStripper.strip(html, siteName, host);
    }

    /** An h1 whose class calls it a title or headline and that is not a link (a logo, a teaser). */
    private static boolean isMarkedHeadline(Element h1) {
        return HEADLINE_CLASS.matcher(h1.className()).find() && h1.getElementsByTag("a").isEmpty();
    }

    /** The texts of the h1s that could be a headline: not empty, not the site's name or logo. */
    private static List<String> headings(List<Element> h1Elements, String siteName, String host) {
        List<String> texts = new ArrayList<>();
        for (Element h1 : h1Elements) {
            String text = clean(h1.text());
            if (text == null) {
                continue;
            }
            // Documentation generators append a permalink sign to headings ("Middleware¶").
            text = text.replaceAll("\\s*[¶§#]$", "");
            if (text.length() >= 4 && !SiteNameStripper.isSiteName(text, siteName, host)) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static boolean contains(String reference, String h1) {
        String r = TextKey.of(reference);
        String h = TextKey.of(h1);
        return r.equals(h) || (h.length() >= 10 && r.contains(h));
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
