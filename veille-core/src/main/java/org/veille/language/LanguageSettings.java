package org.veille.language;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every threshold of the language stage in one place, with the reason for its default value.
 *
 * @param languages              ISO 639-1 codes the stage may answer, in order of preference: when two
 *                               languages explain a short fragment equally well, the earlier one wins
 *                               (so put the languages most often met first; the defaults put French
 *                               and English first). Each needs word lists under
 *                               {@code org/veille/language/}.
 * @param minLetters             fewer letters than this in the body (with the title when the body is
 *                               short) and the article gets no language: a caption-sized text is too
 *                               little for either signal to be trusted
 * @param titleBelowLetters      a body with fewer letters than this is profiled together with its
 *                               title, which otherwise adds nothing but the risk of a foreign headline
 * @param lexicalMinScore        function-word evidence (weighted hits) the best language needs before
 *                               it is accepted without the statistical model; three clear hits is
 *                               about one short sentence
 * @param lexicalMinRatio        how many times the runner-up's score the best language must reach to be
 *                               accepted on function words alone
 * @param minCoverage            share of the words that must be known function words of the best
 *                               language; real prose in a supported language has 25-50 %, so a lower
 *                               share means another language or no prose (tables, lists of names)
 * @param sampleChars            characters of body given to the statistical model when the function
 *                               words do not settle the article; 1-2k characters give a stable answer
 *                               and bound the cost on long articles
 * @param statisticalMinGap      how far ahead of the runner-up (relative confidence, 0-1) the statistical
 *                               model's answer must be to settle an article the function words leave open
 * @param minParagraphLetters    paragraphs shorter than this are never given their own language: below
 *                               about forty letters both signals guess
 * @param foreignMinHits         function words of the other language a paragraph or quoted stretch needs
 *                               before it can differ from its article; two let titles and names through
 *                               ("La Rumba Del Perdon", "OOO LA LA")
 * @param foreignMinCoverage     share of its words that must be function words of the other language
 * @param foreignMaxArticleShare the article language's score may be at most this share of the other
 *                               language's score in a stretch that differs
 * @param foreignCertainHits     a stretch with this many function words of the other language (covering
 *                               twice {@code foreignMinCoverage} and with next to none of the article's)
 *                               is flagged without asking the statistical model: it would agree, at
 *                               about 1 µs per character
 * @param minQuotedWords         quoted or parenthesised stretches are judged from this many words up;
 *                               shorter ones are names, titles and terms more often than foreign text
 * @param maxLexicalBracketWords bracketed stretches up to this many words are judged by words alone (the
 *                               statistical model fails on them); longer ones like quotes
 * @param statisticalMaxChars    longest text handed to the statistical model for one paragraph or
 *                               stretch; its cost grows with the length and a few sentences suffice
 * @param useStatisticalModel    whether the statistical model (lingua, low-accuracy mode, about 10 MB of
 *                               heap and half a second to load) confirms paragraphs and settles unclear
 *                               articles; without it the stage relies on function words with stricter
 *                               thresholds
 */
public record LanguageSettings(List<String> languages, int minLetters, int titleBelowLetters,
                               double lexicalMinScore, double lexicalMinRatio, double minCoverage,
                               int sampleChars, double statisticalMinGap, int minParagraphLetters,
                               int foreignMinHits, double foreignMinCoverage, double foreignMaxArticleShare,
                               int foreignCertainHits, int minQuotedWords, int maxLexicalBracketWords,
                               int statisticalMaxChars, boolean useStatisticalModel) {

    /** The languages of the evaluation sets and of the French-first news this engine reads. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "de", "es", "it", "pt", "nl", "pl");

    public LanguageSettings {
        Objects.requireNonNull(languages, "languages");
        languages = List.copyOf(languages);
        if (languages.isEmpty() || languages.size() > 31) {
            throw new IllegalArgumentException("between 1 and 31 languages are needed: " + languages);
        }
        Set<String> seen = new HashSet<>();
        for (String code : languages) {
            if (!code.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("not a lowercase ISO 639-1 code: " + code);
            }
            if (!seen.add(code)) {
                throw new IllegalArgumentException("language listed twice: " + code);
            }
        }
        requirePositive("minLetters", minLetters);
        requirePositive("sampleChars", sampleChars);
        requirePositive("minParagraphLetters", minParagraphLetters);
        requirePositive("foreignMinHits", foreignMinHits);
        requirePositive("foreignCertainHits", foreignCertainHits);
        requirePositive("minQuotedWords", minQuotedWords);
        requirePositive("statisticalMaxChars", statisticalMaxChars);
        if (titleBelowLetters < 0 || maxLexicalBracketWords < 0) {
            throw new IllegalArgumentException("titleBelowLetters and maxLexicalBracketWords must be >= 0");
        }
        if (lexicalMinScore <= 0 || lexicalMinRatio < 1) {
            throw new IllegalArgumentException("lexicalMinScore must be > 0 and lexicalMinRatio >= 1");
        }
        requireShare("minCoverage", minCoverage);
        requireShare("statisticalMinGap", statisticalMinGap);
        requireShare("foreignMinCoverage", foreignMinCoverage);
        requireShare("foreignMaxArticleShare", foreignMaxArticleShare);
    }

    /** Balanced defaults: eight languages, statistical confirmation on. */
    public static LanguageSettings defaults() {
        return new LanguageSettings(DEFAULT_LANGUAGES, 40, 400, 3.0, 2.0, 0.10, 1000, 0.05, 40,
                3, 0.20, 0.25, 8, 4, 3, 500, true);
    }

    /** Function words only: no model to load, a few microseconds per article, fewer paragraphs judged. */
    public static LanguageSettings lexicalOnly() {
        return defaults().withStatisticalModel(false);
    }

    /** The same settings restricted to {@code codes}, in that order of preference. */
    public LanguageSettings withLanguages(String... codes) {
        return new LanguageSettings(List.of(codes), minLetters, titleBelowLetters, lexicalMinScore,
                lexicalMinRatio, minCoverage, sampleChars, statisticalMinGap, minParagraphLetters,
                foreignMinHits, foreignMinCoverage, foreignMaxArticleShare, foreignCertainHits, minQuotedWords,
                maxLexicalBracketWords, statisticalMaxChars, useStatisticalModel);
    }

    /** The same settings with the statistical model switched on or off. */
    public LanguageSettings withStatisticalModel(boolean use) {
        return new LanguageSettings(languages, minLetters, titleBelowLetters, lexicalMinScore,
                lexicalMinRatio, minCoverage, sampleChars, statisticalMinGap, minParagraphLetters,
                foreignMinHits, foreignMinCoverage, foreignMaxArticleShare, foreignCertainHits, minQuotedWords,
                maxLexicalBracketWords, statisticalMaxChars, use);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0: " + value);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within [0, 1]: " + value);
        }
    }
}
