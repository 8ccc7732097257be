package org.veille.analyse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.veille.analyse.nlp.AnnotatedText;
import org.veille.analyse.nlp.Sentence;
import org.veille.analyse.nlp.Token;

/**
 * The words of an annotated text as written, in one list: a French contraction the tagger split in
 * two ("du" = "de" + "le") is one word again, since cue patterns are about what the reader sees.
 */
final class Words {
    /** One written word: its lower-case form, its char span and the sentence it is in. */
    record Word(String lower, String text, int start, int end, int sentence) {
    }

    private final List<Word> words = new ArrayList<>();
    private final List<Integer> sentenceStarts = new ArrayList<>();

    Words(AnnotatedText text) {
        int s = 0;
        for (Sentence sentence : text.sentences()) {
            if (continuesBracket(text, sentence)) {
                s--; // "avec cette double (triple !) casquette": an exclamation in brackets ends no sentence
            } else {
                sentenceStarts.add(words.size());
            }
            for (Token token : sentence.tokens()) {
                if (!words.isEmpty() && words.get(words.size() - 1).start() == token.start()) {
                    continue; // the second half of a split contraction
                }
                String surface = text.surface(token);
                words.add(new Word(surface.toLowerCase(Locale.ROOT), surface, token.start(), token.end(), s));
            }
            s++;
        }
        sentenceStarts.add(words.size());
    }

    /**
     * Whether the tagger's sentence only continues the previous one: that one ended on "!)" or "?)"
     * and this one goes on in lower case.
     */
    private boolean continuesBracket(AnnotatedText text, Sentence sentence) {
        int n = words.size();
        if (n < 2 || sentence.tokens().isEmpty() || !words.get(n - 1).lower().equals(")")) {
            return false;
        }
        String terminal = words.get(n - 2).lower();
        String first = text.surface(sentence.tokens().get(0));
        return (terminal.equals("!") || terminal.equals("?")) && !first.isEmpty() && Character.isLowerCase(first.codePointAt(0));
    }

    int size() {
        return words.size();
    }

    Word get(int i) {
        return words.get(i);
    }

    String lower(int i) {
        return i >= 0 && i < words.size() ? words.get(i).lower() : "";
    }

    /** The first word starting at or after a char offset (size() if none). */
    int atOrAfter(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last word ending at or before a char offset (-1 if none). */
    int endingBefore(int offset) {
        return atOrAfter(offset) - 1;
    }

    int sentenceStart(int sentence) {
        return sentenceStarts.get(sentence);
    }

    int sentenceEnd(int sentence) {
        return sentenceStarts.get(sentence + 1);
    }

    static boolean isPunctuation(String word) {
        return word.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
