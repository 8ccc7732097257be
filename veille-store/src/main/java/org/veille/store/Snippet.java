package org.veille.store;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a hit's text with the matched terms located, so each front end marks them its own way
 * (brackets in a terminal, {@code <mark>} in HTML) without re-running the analysis.
 *
 * @param text  the passage, or several joined by {@link #ELLIPSIS}
 * @param marks where the matched terms are, as char offsets into {@code text}, in order
 */
public record Snippet(String text, List<Mark> marks) {
    public static final String ELLIPSIS = " … ";

    /** One matched term: {@code text.substring(start, end)}. */
    public record Mark(int start, int end) {
    }

    public Snippet {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
    }

    /** The text with each matched term between {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Mark mark : marks) {
            out.append(text, at, mark.start()).append(open).append(text, mark.start(), mark.end()).append(close);
            at = mark.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
