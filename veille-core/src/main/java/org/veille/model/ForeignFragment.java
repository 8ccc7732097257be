package org.veille.model;

import java.util.Objects;

/**
 * A stretch of text in another language than its article, such as a bracketed leftover of machine
 * translation ("[it is because]"). Offsets count Unicode code points in the article text, end exclusive.
 */
public record ForeignFragment(String text, String language, int start, int end) {
    public ForeignFragment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
    }
}
