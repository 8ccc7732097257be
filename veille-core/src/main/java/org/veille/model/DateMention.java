package org.veille.model;

import java.util.Objects;

/**
 * A date the article text names, normalised.
 *
 * @param text       the expression as written ("mardi 21 février", "last Tuesday", "il y a trois jours")
 * @param value      an ISO 8601 form at the expression's own precision: {@code 2023-02-21},
 *                   {@code 2023-02}, {@code 2023}, a week {@code 2023-W07}, or with the year unknown
 *                   {@code --02-21} / {@code --02}; null when {@code resolution} is unresolved
 * @param resolution how the value was reached
 * @param start      code point offset in the article text
 * @param end        exclusive end offset
 */
public record DateMention(String text, String value, DateResolution resolution, int start, int end) {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(resolution, "resolution");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
        if ((value == null) != (resolution == DateResolution.UNRESOLVED)) {
            throw new IllegalArgumentException("a value is null exactly when unresolved: " + value + " / " + resolution);
        }
    }
}
