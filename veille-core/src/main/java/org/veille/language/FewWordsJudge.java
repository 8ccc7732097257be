package org.veille.language;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the language of a few bracketed words ("[it is because]", "[Belarusians]"), where statistical
 * models guess. It answers only on clear evidence: at least one word must be a common word of the
 * other language or show one of its characteristic endings, and no word may point to the article's
 * own language (a common word, an everyday loanword, an ending or a letter of it). Editorial marks
 * and Latin locutions ("[sic]", "[Photo]", "[in situ]") and brackets without words ("[1]", "[...]")
 * never count. When several languages explain the words equally well, the one listed first in the
 * settings wins: "[in Belarus]" is English rather than German, Dutch or Italian.
 */
final class FewWordsJudge {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final Lexicon lexicon;

    FewWordsJudge(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The language of {@code content} (the bracket's inside) when it clearly is not {@code article}, else -1. */
    int language(String content, int article) {
        String normalised = normalise(content);
        if (normalised.isEmpty() || !hasLetter(normalised) || looksTechnical(normalised)
                || lexicon.isNeverForeign(normalised)) {
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
        for (String token : tokens) {
            String word = trimPunctuation(token);
            if (word.isEmpty() || !hasLetter(word) || hasDigit(word) || isAcronym(word, single)) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'');
            if (lexicon.isNeverForeign(lower) || (lexicon.knownWord(lower) & articleBit) != 0) {
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
                int evidence = common | lexicon.endings(part, capitalised, true);
                for (int rest = evidence; rest != 0; rest &= rest - 1) {
                    votes[Integer.numberOfTrailingZeros(rest)]++;
                }
            }
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

    /** URLs, e-mail addresses, code and markup are not language. */
    private static boolean looksTechnical(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("/@=#_|<>{}\\*+".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return text.contains("www.") || text.contains("http");
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
