package org.veille.extract;

import java.util.Locale;

/**
 * A key for telling whether two short texts (a headline and an {@code <h1>}, a breadcrumb's last part
 * and a line) say the same thing: whitespace normalised, lower case, typographic apostrophes as ASCII,
 * since pages mix ’ and ' between their metadata and their markup.
 */
public final class TextKey {
    private TextKey() {
    }

    public static String of(CharSequence text) {
        return Whitespace.normalize(text).toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
