package org.veille.analyse.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed-class words the quotation rules of one language read around a cue: subject pronouns,
 * auxiliaries, prepositions, determiners, attribution markers, complementisers. Lower case; compared
 * with the tokenizer's words lower-cased.
 *
 * @param language       ISO 639-1 code of the language these words belong to
 * @param pronouns       subject pronouns that stand for a speaker ("il", "she")
 * @param plural         those of them that stand for several speakers
 * @param feminine       those that stand for a woman (the others: a man, a group or anyone)
 * @param inverted       an inverted subject pronoun token ("-t-il", "-elle"), or null for languages without
 * @param auxiliaries    forms of the auxiliaries that build compound tenses ("a", "ont", "has", "was")
 * @param prepositions   words after which a name is a complement, not a subject ("à", "to", "of")
 * @param determiners    words that open a noun phrase ("le", "un", "the", "a")
 * @param markers        attribution markers followed by the source ("selon", "according")
 * @param complementisers words that open a reported clause ("que", "that")
 * @param clauseStops    words that end a noun phrase after a cue ("qui", "lors", "who", "during")
 */
public record Grammar(String language, Set<String> pronouns, Set<String> plural, Set<String> feminine, Pattern inverted,
                      Set<String> auxiliaries, Set<String> prepositions, Set<String> determiners,
                      Set<String> markers, Set<String> complementisers, Set<String> clauseStops) {

    /**
     * Whether this is English, for the rules only English has: a cue after a comma ("…, he said"),
     * a possessive "'s", a base-form verb that is no cue, "that" reached over a longer stretch.
     */
    public boolean isEnglish() {
        return "en".equals(language);
    }

    public static Grammar forLanguage(String language) {
        return switch (language) {
            case "fr" -> FRENCH;
            case "en" -> ENGLISH;
            default -> throw new IllegalArgumentException("no quotation grammar for language " + language);
        };
    }

    private static final Grammar FRENCH = new Grammar("fr",
            Set.of("il", "elle", "ils", "elles", "on"),
            Set.of("ils", "elles"),
            Set.of("elle", "elles"),
            Pattern.compile("-(?:t-)?(il|elle|ils|elles|on)"),
            Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "était",
                    "étaient", "s'", "s’", "se", "eut", "ait", "aient", "avoir", "été"),
            Set.of("à", "au", "aux", "de", "d'", "d’", "du", "des", "par", "pour", "avec", "sur", "dans", "en", "chez",
                    "contre", "vers", "entre", "sans", "sous", "après", "avant", "depuis", "devant", "derrière", "selon",
                    "via", "parmi", "malgré"),
            Set.of("le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses",
                    "leur", "leurs", "notre", "votre", "plusieurs", "certains", "certaines"),
            Set.of("selon", "d'après", "d’après"),
            Set.of("que", "qu'", "qu’"),
            Set.of("qui", "que", "qu'", "qu’", "dont", "lors", "lorsque", "quand", "dans", "en", "sur", "pour", "après",
                    "avant", "devant", "depuis", "alors", "et", "mais", "car", "à", "au", "aux", "avec", "ce", "cette"));

    private static final Grammar ENGLISH = new Grammar("en",
            Set.of("he", "she", "they", "it", "i", "we"),
            Set.of("they", "we"),
            Set.of("she"),
            null,
            Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "might", "did", "does",
                    "do", "been", "be"),
            Set.of("to", "of", "by", "for", "with", "at", "in", "on", "from", "about", "against", "into", "after",
                    "before", "during", "via", "like", "than", "over", "under"),
            Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "some",
                    "several", "one", "two", "three"),
            Set.of("according"),
            Set.of("that"),
            Set.of("who", "which", "that", "when", "while", "during", "in", "on", "at", "after", "before", "and",
                    "but", "because", "as", "to", "of"));
}
