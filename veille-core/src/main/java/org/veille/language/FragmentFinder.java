package org.veille.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the foreign fragments of one paragraph: bracketed words judged by {@link FewWordsJudge}, and
 * bracketed, parenthesised or quoted stretches of several words judged like prose by
 * {@link ProseJudge}. A stretch inside one already flagged is not reported again.
 */
final class FragmentFinder {

    /** A foreign stretch of a paragraph: char offsets into it, delimiters included, and a language index. */
    record Found(int start, int end, int language) {
    }

    private final LanguageSettings settings;
    private final Lexicon lexicon;
    private final FewWordsJudge fewWords;
    private final ProseJudge prose;

    FragmentFinder(LanguageSettings settings, Lexicon lexicon, ProseJudge prose) {
        this.settings = settings;
        this.lexicon = lexicon;
        this.fewWords = new FewWordsJudge(lexicon);
        this.prose = prose;
    }

    /** The foreign stretches of {@code paragraph}, in text order. */
    List<Found> find(String paragraph, int article) {
        if (!mayHoldStretch(paragraph)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        int flaggedUntil = -1;
        for (DelimitedStretches.Stretch stretch : DelimitedStretches.find(paragraph.toCharArray())) {
            if (stretch.start() < flaggedUntil) {
                continue;
            }
            int language = judge(paragraph, stretch, article);
            if (language >= 0) {
                found.add(new Found(stretch.start(), stretch.end(), language));
                flaggedUntil = stretch.end();
            }
        }
        return found;
    }

    private int judge(String paragraph, DelimitedStretches.Stretch stretch, int article) {
        int from = stretch.contentStart();
        int to = stretch.contentEnd();
        LexicalProfile profile = lexicon.profile(paragraph, from, to);
        if (stretch.kind() == DelimitedStretches.Kind.BRACKET
                && profile.words() <= settings.maxLexicalBracketWords()) {
            // A bracket glued to words on both sides is markup or an obfuscated address (info[at]site.de),
            // not an inserted fragment.
            boolean glued = stretch.start() > 0 && Character.isLetterOrDigit(paragraph.charAt(stretch.start() - 1))
                    && stretch.end() < paragraph.length() && Character.isLetterOrDigit(paragraph.charAt(stretch.end()));
            return glued ? -1 : fewWords.language(paragraph.substring(from, to), article);
        }
        if (profile.longWords() < settings.minQuotedWords() || looksTechnical(paragraph, from, to)) {
            return -1;
        }
        return prose.differingLanguage(paragraph, from, to, profile, article);
    }

    /** Code, URLs and markup quoted in prose are not a language. */
    private static boolean looksTechnical(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Lexicon.isTechnical(c) || c == '$' || c == '|') {
                return true;
            }
        }
        return false;
    }

    /** Most paragraphs hold no delimiter; String.indexOf is vectorised, far cheaper than a scan. */
    private static boolean mayHoldStretch(String paragraph) {
        return paragraph.indexOf('[') >= 0 || paragraph.indexOf('(') >= 0 || paragraph.indexOf('"') >= 0
                || paragraph.indexOf('\u201C') >= 0 || paragraph.indexOf('\u00AB') >= 0
                || paragraph.indexOf('\u201E') >= 0;
    }
}
