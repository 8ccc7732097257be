package org.veille.model;

import java.util.Objects;

/** A paragraph whose language differs from its article's. {@code paragraph} is a 0-based index. */
public record ParagraphLanguage(int paragraph, String language) {
    public ParagraphLanguage {
        Objects.requireNonNull(language, "language");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0: " + paragraph);
        }
    }
}
