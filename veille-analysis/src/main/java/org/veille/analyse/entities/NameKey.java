package org.veille.analyse.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a name as they are compared: lower case, without accents, without the courtesy title
 * or article news puts before it ("M. Slunkin", "le Hamas", "the Pentagon") and without an English
 * possessive. "Poutine" and "poutine" are one key; so are "Élysée" and "Elysee".
 */
final class NameKey {
    private static final Set<String> LEADING = Set.of("m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "mgr",
            "sir", "lord", "le", "la", "les", "l", "the");

    private NameKey() {
    }

    static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        while (words.size() > 1 && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /** The initials of a name's capitalised words: "Organisation des Nations unies" gives "onu". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s'’-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                b.appendCodePoint(Character.toLowerCase(w.codePointAt(0)));
            } else if (!w.isEmpty() && w.length() > 3) {
                b.appendCodePoint(Character.toLowerCase(w.codePointAt(0)));
            }
        }
        return b.toString();
    }
}
