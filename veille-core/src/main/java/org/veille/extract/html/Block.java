package org.veille.extract.html;

import java.util.Objects;

import org.jsoup.nodes.Element;

/**
 * One block of visible text as a reader sees it: a paragraph, heading, list item, table row or caption.
 *
 * @param text      whitespace-normalised text
 * @param kind      what the markup made it
 * @param element   the innermost block-level element holding the text (the block's place in the DOM)
 * @param letters   non-space characters
 * @param linkLetters non-space characters inside links
 * @param index     position in reading order
 */
record Block(String text, Kind kind, Element element, int letters, int linkLetters, int index) {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, TABLE_ROW, CAPTION, TEXT }

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
    }

    double linkDensity() {
        return letters == 0 ? 0 : (double) linkLetters / letters;
    }

    /** Ends like a sentence or contains clause punctuation: a sign of prose rather than a label. */
    boolean isProse() {
        for (int i = text.length() - 1; i >= 0 && i >= text.length() - 3; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '»' || c == '”' || c == ':' || c == ')') {
                return true;
            }
        }
        return text.indexOf(", ") > 0 || text.indexOf(". ") > 0;
    }
}
