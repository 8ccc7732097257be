package org.veille.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the stretches of a paragraph set off by brackets, parentheses or quotation marks: the places
 * where a foreign fragment can be told apart from its sentence. Offsets are char indices into the
 * paragraph; a stretch includes its delimiters, its content does not.
 */
final class DelimitedStretches {

    /** Longest bracket or parenthesis content looked at; longer ones are asides, not fragments. */
    private static final int MAX_BRACKET_CONTENT = 400;

    enum Kind { BRACKET, PARENTHESIS, QUOTE }

    record Stretch(int start, int end, Kind kind) {
        int contentStart() {
            return start + 1;
        }

        int contentEnd() {
            return end - 1;
        }
    }

    private DelimitedStretches() {
    }

    /** The stretches of {@code paragraph}, by start offset; nested ones are all listed. */
    static List<Stretch> find(String paragraph) {
        return find(paragraph.toCharArray());
    }

    /** As {@link #find(String)} on the paragraph's chars, which are faster to index than the string. */
    static List<Stretch> find(char[] paragraph) {
        List<Stretch> stretches = new ArrayList<>();
        int quoteSearchFrom = 0;
        for (int i = 0; i < paragraph.length; i++) {
            char c = paragraph[i];
            switch (c) {
                case '[' -> addInnermost(paragraph, i, '[', ']', Kind.BRACKET, stretches);
                case '(' -> addInnermost(paragraph, i, '(', ')', Kind.PARENTHESIS, stretches);
                case '\u201C', '\u00AB', '\u201E', '"' -> {
                    if (i >= quoteSearchFrom) {
                        int close = closingQuote(paragraph, i, c);
                        if (close > i + 1) {
                            stretches.add(new Stretch(i, close + 1, Kind.QUOTE));
                            quoteSearchFrom = close + 1;
                        }
                    }
                }
                default -> {
                }
            }
        }
        stretches.sort(Comparator.comparingInt(Stretch::start));
        return stretches;
    }

    /** Adds the stretch opened at {@code open} when it closes before another opening of its kind. */
    private static void addInnermost(char[] text, int open, char opener, char closer, Kind kind,
                                     List<Stretch> out) {
        int limit = Math.min(text.length, open + 2 + MAX_BRACKET_CONTENT);
        for (int j = open + 1; j < limit; j++) {
            char c = text[j];
            if (c == opener) {
                return;
            }
            if (c == closer) {
                if (j > open + 1) {
                    out.add(new Stretch(open, j + 1, kind));
                }
                return;
            }
        }
    }

    /** The index of the mark closing the quotation opened by {@code opener} at {@code open}, else -1. */
    private static int closingQuote(char[] text, int open, char opener) {
        for (int j = open + 1; j < text.length; j++) {
            char c = text[j];
            boolean closes = switch (opener) {
                case '\u201C' -> c == '\u201D';
                case '\u00AB' -> c == '\u00BB';
                case '\u201E' -> c == '\u201C' || c == '\u201D';
                default -> c == '"';
            };
            if (closes) {
                return j;
            }
        }
        return -1;
    }
}
