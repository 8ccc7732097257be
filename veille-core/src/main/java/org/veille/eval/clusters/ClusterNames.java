package org.veille.eval.clusters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.veille.eval.quotes.SpeakerNames;

/**
 * How names are compared when scoring clusters: {@link SpeakerNames#fold} (case, spacing, apostrophes,
 * a leading article or courtesy title), so that "M. Slunkin" = "Slunkin" and "l'Élysée" = "Élysée" as
 * they do when speakers are scored, plus a trailing full stop, which taggers drop or keep at will
 * ("Yassin E." / "Yassin E").
 */
final class ClusterNames {
    /** Words that open a description rather than a name: "Le ministre", "ce père de cinq enfants". */
    private static final Set<String> OPENERS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d",
            "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "m.", "mme", "mlle", "me", "dr", "pr");

    /** Words after which a name is a complement, not the thing named: "la fondation de Jean Dupont". */
    static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "à", "au", "aux", "of", "for", "by");
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "the");

    private ClusterNames() {
    }

    static String fold(String name) {
        String f = SpeakerNames.fold(name);
        while (f.endsWith(".")) {
            f = f.substring(0, f.length() - 1).trim();
        }
        return f;
    }

    /** The words of a folded name, split on spaces, with commas and other edge punctuation dropped. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        for (String w : folded.split("\\s+")) {
            String word = w.replaceAll("^[\\p{P}&&[^']]+|[\\p{P}&&[^.']]+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Whether a gold form names rather than describes: after any leading article, determiner or title,
     * one of its words is capitalised ("le Hamas", "l'Élysée", "CNIL", "le tribunal de grande instance
     * de Nanterre", but not "le ministre", "L'anthropologue", "le gouvernement"). Any word, not just the
     * first: French capitalises only the proper part of an institution's name.
     */
    static boolean isProperName(String form) {
        String[] tokens = form.trim().replace('’', '\'').split("\\s+");
        int start = 0;
        while (start < tokens.length && OPENERS.contains(tokens[start].toLowerCase(Locale.ROOT))) {
            start++; // "Le ministre": a capital that only opens the sentence
        }
        for (int i = start; i < tokens.length; i++) {
            if (capitalised(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a gold person name can be cut into a surname or a first name: two words or more, every
     * one capitalised ("Marie-Pierre Dausse", "M'Jid El Guerrab", not "la Commission nationale…").
     */
    static boolean isPersonLike(String form) {
        String[] tokens = form.trim().replace('’', '\'').split("\\s+");
        int start = 0;
        while (start < tokens.length && OPENERS.contains(tokens[start].toLowerCase(Locale.ROOT))) {
            start++;
        }
        if (tokens.length - start < 2) {
            return false;
        }
        for (int i = start; i < tokens.length; i++) {
            if (tokens[i].isEmpty() || !Character.isUpperCase(tokens[i].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The proper name a description ends with, or null: "Effeuillage" for "la revue Effeuillage", "Andrej
     * Babiš" for "le Premier ministre Andrej Babiš", "Macron" for "le candidat Macron". It is the run of
     * capitalised words at the end, which must not follow a preposition: "le tribunal de grande instance
     * de Nanterre" is not "Nanterre", nor "le ministre de la Santé" "Santé". A form that is a name
     * throughout has none.
     */
    static String appositiveName(String form) {
        String[] tokens = form.trim().replace('’', '\'').split("\\s+");
        int first = tokens.length;
        while (first > 0 && capitalised(tokens[first - 1])) {
            first--;
        }
        if (first == tokens.length || first == 0) {
            return null;
        }
        String lead = tokens[first].toLowerCase(Locale.ROOT);
        if (lead.startsWith("d'")) {
            return null; // "l'avocate d'Anna Ivanova": "de" leads to the name
        }
        int b = first - 1;
        while (b > 0 && ARTICLES.contains(tokens[b].toLowerCase(Locale.ROOT))) {
            b--; // "le ministre de la Santé": the preposition is before the article
        }
        String before = tokens[b].toLowerCase(Locale.ROOT);
        boolean described = false;
        for (int i = 0; i < first; i++) {
            described |= !OPENERS.contains(tokens[i].toLowerCase(Locale.ROOT));
        }
        if (!described || PREPOSITIONS.contains(before) || before.endsWith("'")) {
            return null;
        }
        return String.join(" ", List.of(tokens).subList(first, tokens.length));
    }

    /** Whether a word is capitalised, after an elided article or preposition ("l'Élysée", "d'Elabe"). */
    private static boolean capitalised(String token) {
        int at = token.indexOf('\'') + 1;
        return at < token.length() && Character.isUpperCase(token.codePointAt(at));
    }

    /**
     * Whether a name occurs in a text as whole words, both compared folded: lower case, apostrophes
     * and spaces made uniform, and without the name's leading article ("Élysée" occurs in "… de
     * l'Élysée …").
     */
    static boolean occursIn(String name, String text) {
        String n = fold(name);
        if (n.isEmpty()) {
            return false;
        }
        String t = flatten(text);
        for (int at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1)) {
            int end = at + n.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            boolean endsWord = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** A text lowered and with apostrophes and spaces made uniform, as {@link SpeakerNames#fold} does. */
    private static String flatten(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('ʼ', '\'').replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
}
