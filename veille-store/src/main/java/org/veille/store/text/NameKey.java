package org.veille.store.text;

import java.text.Normalizer;

/**
 * The exact-match form of a name, for filters on speakers and entities: "Pavel Slunkin", "PAVEL
 * SLUNKIN" and "Pável  Slunkin" share one key, while "Slunkin" is another (a filter names one
 * person as an article writes the name, it does not search text). Case, accents, apostrophe styles, hyphens and runs of spaces
 * (no-break ones too) are folded; nothing else. One pass, no regular expression: every quotation and
 * entity of every article goes through here at ingest.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The key of {@code name}, or null for a null or blank name. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.DASH_PUNCTUATION) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            key.append(c == '\u2019' || c == '\u02BC' ? '\'' : Character.toLowerCase(c));
        }
        return key.length() == 0 ? null : key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
