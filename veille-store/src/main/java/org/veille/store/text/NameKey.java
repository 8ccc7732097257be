package org.veille.store.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.veille.model.Entity;
import org.veille.model.Mention;
import org.veille.text.CourtesyTitles;

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

    /**
     * The keys of an entity's name and of every form the article writes it in, courtesy title off:
     * where the article calls Pavel Slunkin "M. Slunkin", a filter on "Slunkin" names him too, as the
     * article does. Descriptions among the mentions ("le président russe") are not names and are left out.
     * The store indexes these as an article's {@code about} keys and a speaker's keys; whoever asks
     * whether an entity answers to a key asks here, so the two always agree.
     */
    public static Set<String> writtenKeys(Entity entity) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(of(entity.name()));
        // An article writes a name in few forms and repeats them: each form is keyed once.
        Set<String> forms = new HashSet<>();
        for (Mention mention : entity.mentions()) {
            if (!forms.add(mention.text())) {
                continue;
            }
            String written = CourtesyTitles.OPENING.matcher(mention.text()).replaceFirst("");
            if (!written.isEmpty() && Character.isUpperCase(written.codePointAt(0))) {
                keys.add(of(written));
            }
        }
        keys.remove(null);
        return keys;
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
