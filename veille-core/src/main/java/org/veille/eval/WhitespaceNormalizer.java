package org.veille.eval;

import java.util.regex.Pattern;

/**
 * Collapses whitespace the way Python's {@code " ".join(text.split())} does, which is what
 * "whitespace-normalised" means for the snippet and metadata metrics.
 *
 * <p>Deliberately separate from the extractor's own whitespace handling: the metric must not change when
 * the extractor's rules do. Python's {@code str.split()} breaks on Unicode White_Space (NBSP, thin and
 * ideographic spaces, line and paragraph separators) and also on the information separators U+001C-U+001F;
 * zero-width characters are not whitespace for either, so they are kept.
 */
public final class WhitespaceNormalizer {
    private static final Pattern PYTHON_SPACE = Pattern.compile("[\\p{IsWhite_Space}\\x{1C}-\\x{1F}]+");

    private WhitespaceNormalizer() {
    }

    /** Every whitespace run becomes one space, ends trimmed; null becomes the empty string. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return PYTHON_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
