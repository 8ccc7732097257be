package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.veille.extract.Whitespace;

/**
 * Finds a byline written as plain text, without any author markup: a short paragraph or span that
 * starts with a by-word ("Von Claudia Lindner", "Par Jean Dupont", "Text von Christian Seiler
 * Illustration von Markus Roost"). The first such line in the page counts; lines in menus, forms,
 * asides and comment threads do not, and each name needs two words, since a lone capitalised word
 * after "by" or "von" is as often a place or a thing as a person.
 */
final class PlainBylines {
    private static final int MAX_LINE_CHARS = 100;

    private final BylineNames bylines;

    PlainBylines(BylineNames bylines) {
        this.bylines = bylines;
    }

    /** The names of the first plain-text byline under {@code body}, or none. */
    List<String> find(Element body, String siteName) {
        List<String> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && isOutsideArticle(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && mayOpenByline(text.getWholeText())
                        && bylines.startsWithPrefix(text.text().strip())
                        && node.parent() instanceof Element line) {
                    List<String> names = namesIn(line, siteName);
                    if (!names.isEmpty()) {
                        found.addAll(names);
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found;
    }

    /**
     * Whether the text's first visible character may start a by-word: a test on the raw text that
     * spares normalising the whitespace of every text node of the page (blank ones, the indentation
     * between tags, are half of them). Whitespace here is what {@code text().strip()} removes.
     */
    private boolean mayOpenByline(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\u00A0' && !Character.isWhitespace(c)) {
                return bylines.mayStartWithPrefix(c);
            }
        }
        return false;
    }

    private List<String> namesIn(Element line, String siteName) {
        String text = line.text();
        if (text.length() > MAX_LINE_CHARS) {
            return List.of();
        }
        List<String> names = bylines.names(text, siteName, false);
        for (String name : names) {
            if (Whitespace.RUNS.split(name).length < 2) {
                return List.of();
            }
        }
        return names;
    }

    /** Menus, forms, asides and comment threads: their "by" lines name someone else than the author. */
    private static boolean isOutsideArticle(Element element) {
        String tag = element.normalName();
        if (tag.equals("nav") || tag.equals("form") || tag.equals("aside") || tag.equals("script")
                || tag.equals("style") || tag.equals("select")) {
            return true;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return names.contains("comment");
    }
}
