package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.veille.extract.ResourceLines;
import org.veille.extract.Whitespace;

/**
 * The {@code <h1>}s of a page that can be its headline, each as the text a reader takes for the
 * headline. Logos and site names set in an h1 (a link to the home page, {@code class="site-title"}),
 * menu toggles and visually hidden h1s are not candidates ({@code headline-not-titles.txt}); inside an
 * h1, the kicker above the headline, a subtitle below it and text only screen readers get are left out
 * ({@code headline-kickers.txt}), since news sites set "Klimaschutz" + "Bohren, bis es heiß wird" in one
 * h1 while the headline is the second part.
 */
final class Headings {
    private static final Pattern CLASS_WORDS = Pattern.compile("[_\\-]+");
    private static final Pattern HEADLINE_CLASS = Pattern.compile("(?i)title|headline|heading");
    private static final Pattern PERMALINK_SIGN = Pattern.compile("\\s*[¶§#]$");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
    private static final int MIN_CHARS = 4;

    private final Set<String> kickerWords;
    private final Set<String> furnitureWords;

    Headings() {
        this.kickerWords = ResourceLines.readLowerCase(Headings.class, "headline-kickers.txt");
        this.furnitureWords = ResourceLines.readLowerCase(Headings.class, "headline-not-titles.txt");
    }

    /** One headline candidate: the h1's headline text and whether its class calls it a title. */
    record Heading(String text, boolean marked) {
    }

    /** The candidate h1s in document order, minus those naming the site. */
    List<Heading> of(List<Element> h1s, String siteName, String host) {
        List<Heading> headings = new ArrayList<>();
        for (Element h1 : h1s) {
            if (isFurniture(h1)) {
                continue;
            }
            String text = TitleFinder.clean(headlineText(h1));
            if (text == null) {
                continue;
            }
            // Documentation generators append a permalink sign to headings ("Middleware¶").
            text = PERMALINK_SIGN.matcher(text).replaceFirst("");
            if (text.length() >= MIN_CHARS && !SiteNameStripper.isSiteName(text, siteName, host)) {
                headings.add(new Heading(text, HEADLINE_CLASS.matcher(h1.className()).find()
                        && h1.getElementsByTag("a").isEmpty()));
            }
        }
        return headings;
    }

    /** The h1's text without its kicker, subtitle and screen-reader parts; the whole text if nothing else is left. */
    private String headlineText(Element h1) {
        if (h1.children().isEmpty()) {
            return h1.text();
        }
        List<Element> parts = new ArrayList<>();
        for (Element descendant : h1.getAllElements()) {
            if (descendant != h1 && (descendant.nameIs("small") || hasWord(descendant.className(), kickerWords))) {
                parts.add(descendant);
            }
        }
        if (parts.isEmpty()) {
            return h1.text();
        }
        // A copy, so that the page itself keeps its kicker for the body.
        Element copy = h1.clone();
        for (Element descendant : copy.getAllElements()) {
            if (descendant != copy && (descendant.nameIs("small") || hasWord(descendant.className(), kickerWords))) {
                descendant.remove();
            }
        }
        String text = copy.text();
        return text.length() >= MIN_CHARS ? text : h1.text();
    }

    /** A logo or site name (a link to the home page, a site-title class), a menu toggle or a hidden h1. */
    private boolean isFurniture(Element h1) {
        if (hasWord(h1.className(), furnitureWords) || hasWord(h1.id(), furnitureWords)) {
            return true;
        }
        Element link = h1.selectFirst("a[href]");
        return link != null && link.text().length() == h1.text().length()
                && (link.attr("rel").toLowerCase(Locale.ROOT).contains("home") || isHomePage(link.attr("href")));
    }

    /** "/", "https://example.com/" or an archived copy of a home page. */
    private static boolean isHomePage(String href) {
        String h = QUERY_OR_FRAGMENT.matcher(href.trim()).replaceAll("");
        int scheme = h.lastIndexOf("://");
        String rest = scheme >= 0 ? h.substring(scheme + 3) : h;
        if (scheme < 0) {
            return rest.equals("/");
        }
        int slash = rest.indexOf('/');
        return slash < 0 || slash == rest.length() - 1;
    }

    /** Whether a class (or id) list holds a listed word, or a listed hyphenated name as a whole class. */
    private static boolean hasWord(String classNames, Set<String> words) {
        if (classNames.isEmpty()) {
            return false;
        }
        for (String name : Whitespace.RUNS.split(classNames.toLowerCase(Locale.ROOT))) {
            if (words.contains(name)) {
                return true;
            }
            for (String word : CLASS_WORDS.split(name)) {
                if (words.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
