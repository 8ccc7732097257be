package org.veille.analyse.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.veille.text.CourtesyTitles;

/**
 * The words of a name as they are compared: lower case, without accents, without the courtesy title
 * or article news puts before it ("M. Slunkin", "le Hamas", "the Pentagon") and without an English
 * possessive. "Poutine" and "poutine" are one key; so are "Élysée" and "Elysee".
 */
final class NameKey {
    private static final Set<String> LEADING = leading();

    // Compiled once: names are keyed for every mention of every article.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s'’-]+");

    private NameKey() {
    }

    /** Words a name may open with that do not tell it apart: titles and articles. */
    private static Set<String> leading() {
        Set<String> words = new java.util.HashSet<>(CourtesyTitles.WORDS);
        words.addAll(List.of("sir", "lord", "le", "la", "les", "l", "the"));
        return Set.copyOf(words);
    }

    static List<String> words(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        String folded = POSSESSIVE.matcher(bare).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        while (words.size() > 1 && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /** Words an acronym leaves out: articles, prepositions and conjunctions, in French and English. */
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("de", "du", "des", "la", "le", "les", "l", "d",
            "et", "of", "the", "and", "for", "à", "aux", "au", "en");

    /**
     * The initials an acronym of the name would have, lower case: every word's first letter but the
     * linking words ("Organisation des Nations unies" gives "onu", "The New York Times" "nyt"). The
     * mention finder and the clusterer both use this, so an acronym found is an acronym joined.
     */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : WORD_BREAKS.split(name)) {
            if (!w.isEmpty() && !NAME_LINKS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                b.appendCodePoint(Character.toLowerCase(w.codePointAt(0)));
            }
        }
        return b.toString();
    }
}
