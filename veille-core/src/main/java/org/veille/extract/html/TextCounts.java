package org.veille.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Non-space characters of text under every element of a page, and how many of them sit inside links,
 * counted in one bottom-up walk so that guards asking "how much of the page is this?" cost a lookup
 * instead of a subtree scan each.
 *
 * <p>A snapshot: counts describe the tree as it was when taken.
 */
final class TextCounts {
    /** Elements whose text a reader never sees: their letters must not dilute the page's total. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "template", "noscript");

    private final Map<Element, long[]> counts = new IdentityHashMap<>();
    private final List<Element> elements = new ArrayList<>();
    private final boolean countNoscript;
    private long noscriptLetters;

    private TextCounts(boolean countNoscript) {
        this.countNoscript = countNoscript;
    }

    static TextCounts of(Element root) {
        return of(root, false);
    }

    /**
     * @param countNoscript whether {@code <noscript>} content counts as visible text: it does on a page
     *                      rendered for readers without scripts (see {@link DomCleaner})
     */
    static TextCounts of(Element root, boolean countNoscript) {
        TextCounts result = new TextCounts(countNoscript);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    result.elements.add(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    result.counts.put(element, result.sumChildren(element));
                }
            }
        }, root);
        return result;
    }

    private long[] sumChildren(Element element) {
        long letters = 0;
        long linked = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                letters += nonSpace(text.getWholeText());
            } else if (child instanceof Element e) {
                long[] c = counts.get(e);
                if (UNSEEN.contains(e.normalName())) {
                    if (e.normalName().equals("noscript")) {
                        noscriptLetters += c[0];
                        if (countNoscript) {
                            letters += c[0];
                            linked += c[1];
                        }
                    }
                    continue;
                }
                letters += c[0];
                linked += c[1];
            }
        }
        return new long[] {letters, element.normalName().equals("a") ? letters : linked};
    }

    /**
     * Every element under the root, the root first, in document order: callers that must look at each
     * element iterate this instead of walking the tree again.
     */
    List<Element> elements() {
        return Collections.unmodifiableList(elements);
    }

    /** Non-space characters of text under {@code element}; 0 for elements added after the snapshot. */
    long letters(Element element) {
        long[] c = counts.get(element);
        return c == null ? 0 : c[0];
    }

    /** Letters inside {@code <noscript>} elements, which {@link #letters} leaves out unless asked not to. */
    long noscriptLetters() {
        return noscriptLetters;
    }

    /** Of {@link #letters}, those inside links. */
    long linkLetters(Element element) {
        long[] c = counts.get(element);
        return c == null ? 0 : c[1];
    }

    private static long nonSpace(String value) {
        long count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Printable ASCII needs no table lookup, and it is most of every page.
            if ((c > ' ' && c < '\u007F') || !Character.isWhitespace(c)) {
                count++;
            }
        }
        return count;
    }
}
