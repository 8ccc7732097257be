package org.veille.analyse.quotes;

/**
 * Text between quotation marks in one paragraph: the words only, without the marks and the spaces
 * inside them (« La Biélorussie… » gives "La Biélorussie…").
 *
 * @param paragraph index of the paragraph in the article
 * @param start     char offset of the first quoted character in the paragraph
 * @param end       exclusive char offset after the last quoted character
 * @param mark      the opening mark (« “ „ " ‹ ‘ or » for reversed guillemets)
 * @param closed    whether the closing mark is in the same paragraph; an unclosed quote runs to the
 *                  end of its paragraph, as press style does when a quotation goes on in the next one
 * @param continued whether this paragraph carries on a quotation left open at the end of the previous
 *                  paragraph (it opens with a quotation mark again, as press style does)
 * @param depth     0 for a quotation, 1 for one quoted inside it, and so on
 */
public record QuotedSpan(int paragraph, int start, int end, char mark, boolean closed, boolean continued, int depth) {
    public QuotedSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
