package org.veille.language;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the language of a few bracketed words ("[it is because]", "[Belarusians]"), where statistical
 * models guess. It answers only on clear evidence: some word must be a lowercase common word of the
 * other language or show one of its characteristic endings (a capitalised common word may be a name:
 * "[El Alaoui]"), and no word may point to the article's own language (a common word, an everyday
 * loanword, an ending or a letter of it). Editorial marks and Latin locutions ("[sic]", "[Photo]",
 * "[Smith et al.]"), brackets holding digits ("[1]", "[2022]"), no word ("[...]") or code
 * ("[ state, setState ]") never count. When several languages explain the words equally well, the one
 * listed first in the settings wins: "[in Belarus]" is English rather than German, Dutch or Italian.
 */
final class FewWordsJudge {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}'.!]+");

    private final Lexicon lexicon;

    FewWordsJudge(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The language of {@code content} (the bracket's inside) when it clearly is not {@code article}, else -1. */
    int language(String content, int article) {
        String normalised = normalise(content);
        if (normalised.isEmpty() || !hasLetter(normalised) || hasDigit(normalised) || looksTechnical(content)
                || holdsNeverForeign(normalised)) {
            return -1;
        }
        int articleBit = 1 << article;
        if ((lexicon.knownWord(normalised) & articleBit) != 0) {
            return -1;
        }
        String[] tokens = SPACES.split(content.strip());
        boolean single = tokens.length == 1;
        int[] votes = new int[lexicon.size()];
        int writable = (1 << lexicon.size()) - 1;
        boolean convincing = false;
        for (String token : tokens) {
            String word = trimPunctuation(token);
            if (word.isEmpty() || !hasLetter(word) || isAcronym(word, single)) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'');
            if ((lexicon.knownWord(lower) & articleBit) != 0) {
                return -1;
            }
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            for (String part : lower.split("-")) {
                if (part.isEmpty()) {
                    continue;
                }
                int common = lexicon.commonWord(part);
                int looseEndings = lexicon.endings(part, capitalised, false);
                if (((common | looseEndings | lexicon.lettersPointTo(part)) & articleBit) != 0) {
                    return -1;
                }
                writable &= lexicon.writableBy(part);
                if (part.length() < 2) {
                    continue;                       // a lone letter proves nothing
                }
                int endings = lexicon.endings(part, capitalised, true);
                // A capitalised common word may be a name ("[El Alaoui]", "[State]", "[Harris Co.]"): it
                // adds to a case but cannot make one on its own.
                convincing |= endings != 0 || (common != 0 && !capitalised);
                for (int rest = common | endings; rest != 0; rest &= rest - 1) {
                    votes[Integer.numberOfTrailingZeros(rest)]++;
                }
            }
        }
        if (!convincing) {
            return -1;
        }
        int best = -1;
        for (int language = 0; language < votes.length; language++) {
            if (language != article && votes[language] > 0 && (writable & (1 << language)) != 0
                    && (best < 0 || votes[language] > votes[best])) {
                best = language;
            }
        }
        return best;
    }

    /** Whether the content is an editorial mark, or holds a locution as whole words ("[Smith et al.]"). */
    private boolean holdsNeverForeign(String normalised) {
        if (lexicon.isNeverForeign(normalised)) {
            return true;
        }
        String padded = " " + NOT_WORD.matcher(normalised).replaceAll(" ") + " ";
        // Only locutions are looked for inside: a lone "at" or "en" may well begin a foreign fragment.
        for (String mark : lexicon.neverForeignLocutions()) {
            if (padded.contains(" " + mark + " ") || padded.contains(" " + mark + ". ")) {
                return true;
            }
        }
        return false;
    }

    /** Lowercase, apostrophes unified, surrounding spaces and final punctuation removed. */
    private static String normalise(String content) {
        String lower = content.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'');
        int end = lower.length();
        while (end > 0 && ".,;:!?\u2026".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return lower.substring(0, end).strip();
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    /**
     * URLs, e-mail addresses, code and markup are not language; neither is a bracket padded with spaces
     * ("[ state, setState ]"), which prose never writes, nor a camel-cased identifier.
     */
    private static boolean looksTechnical(String content) {
        if (Character.isWhitespace(content.charAt(0)) || Character.isWhitespace(content.charAt(content.length() - 1))) {
            return true;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Lexicon.isTechnical(c) || "#|*+$%".indexOf(c) >= 0) {
                return true;
            }
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(content.charAt(i - 1))) {
                return true;
            }
        }
        String lower = content.toLowerCase(Locale.ROOT);
        return lower.contains("www.") || lower.contains("http");
    }

    /** An uppercase token that stands alone ("[US]", "[II]") or is short ("[EU] rules") is an acronym. */
    private static boolean isAcronym(String word, boolean single) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && (single || letters <= 4);
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
