package org.veille.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Non-space characters of text under every element of a page, and how many of them sit inside links,
 * counted in one bottom-up pass so that guards asking "how much of the page is this?" cost a lookup
 * instead of a subtree scan each.
 *
 * <p>A snapshot: counts describe the tree as it was when taken.
 */
final class TextCounts {
    /** Elements whose text a reader never sees: their letters must not dilute the page's total. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "template", "noscript");

    private Map<Element, long[]> counts;
    private final List<Element> elements = new ArrayList<>();
    private long noscriptLetters;
    private char[] buffer = new char[256];

    private TextCounts() {
    }

    static TextCounts of(Element root) {
        return of(root, false);
    }

    /**
     * @param countNoscript whether {@code <noscript>} content counts as visible text: it does on a page
     *                      rendered for readers without scripts (see {@link DomCleaner})
     */
    static TextCounts of(Element root, boolean countNoscript) {
        TextCounts result = new TextCounts();
        List<Element> elements = result.elements;
        int[] parents = collect(root, elements);
        int size = elements.size();
        // Letters and link letters the children elements pass up to each element, by position.
        long[] fromChildren = new long[size];
        long[] linkedFromChildren = new long[size];
        result.counts = new IdentityHashMap<>(size);
        // Reverse document order visits every element after all its descendants: a bottom-up pass
        // without a second walk of the tree, each element handing its sums to its parent.
        for (int i = size - 1; i >= 0; i--) {
            Element element = elements.get(i);
            long letters = fromChildren[i] + result.ownText(element);
            long linked = element.normalName().equals("a") ? letters : linkedFromChildren[i];
            result.counts.put(element, new long[] {letters, linked});
            int parent = parents[i];
            if (parent < 0) {
                continue;
            }
            String tag = element.normalName();
            if (UNSEEN.contains(tag)) {
                if (tag.equals("noscript")) {
                    result.noscriptLetters += letters;
                    if (countNoscript) {
                        fromChildren[parent] += letters;
                        linkedFromChildren[parent] += linked;
                    }
                }
                continue;
            }
            fromChildren[parent] += letters;
            linkedFromChildren[parent] += linked;
        }
        return result;
    }

    /**
     * Fills {@code into} with the elements under {@code root}, the root first, in document order, and
     * returns the position of each one's parent (-1 for the root). Children are read by index:
     * {@link Node#childNodes()} copies the list on every call, which on a large page costs more than
     * the counting itself.
     */
    private static int[] collect(Element root, List<Element> into) {
        int[] parents = new int[64];
        List<Element> stack = new ArrayList<>();
        int[] stackParents = new int[64];
        stack.add(root);
        stackParents[0] = -1;
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Element element = stack.remove(top);
            int parent = stackParents[top];
            int position = into.size();
            into.add(element);
            if (position == parents.length) {
                parents = Arrays.copyOf(parents, 2 * position);
            }
            parents[position] = parent;
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                if (element.childNode(i) instanceof Element child) {
                    if (stack.size() == stackParents.length) {
                        stackParents = Arrays.copyOf(stackParents, 2 * stack.size());
                    }
                    stackParents[stack.size()] = position;
                    stack.add(child);
                }
            }
        }
        return parents;
    }

    /** Non-space characters of the element's own text nodes (not its descendants'). */
    private long ownText(Element element) {
        long letters = 0;
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            if (element.childNode(i) instanceof TextNode text) {
                letters += nonSpace(text.getWholeText());
            }
        }
        return letters;
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

    /**
     * Copies the text into a reused buffer first: a loop over an array runs about twice as fast as
     * {@code charAt} on the string, and this reads every character of the page.
     */
    private long nonSpace(String value) {
        int length = value.length();
        if (buffer.length < length) {
            buffer = new char[Math.max(length, 2 * buffer.length)];
        }
        char[] chars = buffer;
        value.getChars(0, length, chars, 0);
        long count = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            // Printable ASCII needs no table lookup, and it is most of every page.
            if ((c > ' ' && c < '\u007F') || !Character.isWhitespace(c)) {
                count++;
            }
        }
        return count;
    }
}
