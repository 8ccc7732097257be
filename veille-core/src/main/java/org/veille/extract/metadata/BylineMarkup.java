package org.veille.extract.metadata;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Elements the markup presents as a byline: {@code itemprop=author}, {@code rel=author}, links to an
 * author page, and class names such as {@code byline} or {@code author-name}.
 *
 * <p>The same test as the CSS query {@code [itemprop=author], [rel=author], a[href*=/author/],
 * a[href*=/authors/], [class~=(?i)(^|[-_ ])(byline|author|…)([-_ ]|$)]}, written as an evaluator
 * because that query ran a regular expression on the class of every element of every page: here
 * the expression only runs on class names that contain one of its words.
 */
final class BylineMarkup extends Evaluator {
    /** Stateless, so one instance serves every page and thread. */
    static final BylineMarkup INSTANCE = new BylineMarkup();

    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)(^|[-_ ])(byline|author|author-name|authors|by-author|contributor|auteurs?|autor|autoren|verfasser|writer)([-_ ]|$)");
    /** Every alternative of {@link #BYLINE_CLASS} contains one of these. */
    private static final String[] CLASS_WORDS = {"byline", "author", "contributor", "auteur", "autor", "verfasser", "writer"};

    @Override
    public boolean matches(Element root, Element element) {
        if (element.attributesSize() == 0) {
            return false; // every test below reads an attribute; most elements of a page have none
        }
        if (element.attr("itemprop").equalsIgnoreCase("author") || element.attr("rel").equalsIgnoreCase("author")) {
            return true;
        }
        if (element.normalName().equals("a")) {
            String href = element.attr("href").toLowerCase(Locale.ROOT);
            if (href.contains("/author/") || href.contains("/authors/")) {
                return true;
            }
        }
        String className = element.className();
        return !className.isEmpty() && mentionsByline(className) && BYLINE_CLASS.matcher(className).find();
    }

    private static boolean mentionsByline(String className) {
        String lower = className.toLowerCase(Locale.ROOT);
        for (String word : CLASS_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "byline markup";
    }
}
