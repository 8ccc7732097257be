package org.veille.model;

import java.util.Objects;

/**
 * A stretch of the article text that names something: an entity's name, a speaker's pronoun.
 * Offsets count Unicode code points in the article text, end exclusive.
 */
public record Mention(String text, int start, int end) {
    public Mention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
    }
}
