package org.veille.language;

/**
 * Function-word counts of one stretch of text, per language of a {@link Lexicon} (by index).
 * A word listed for k languages adds 1/k to each one's score, so shared words ("de", "in", "a")
 * weigh little and distinctive ones ("the", "und", "się") decide.
 */
final class LexicalProfile {

    private final double[] scores;
    private final int[] hits;
    private final int words;
    private final int longWords;
    private final int letters;

    LexicalProfile(double[] scores, int[] hits, int words, int longWords, int letters) {
        this.scores = scores;
        this.hits = hits;
        this.words = words;
        this.longWords = longWords;
        this.letters = letters;
    }

    /** An empty profile over {@code languages} languages, to sum others into. */
    static LexicalProfile empty(int languages) {
        return new LexicalProfile(new double[languages], new int[languages], 0, 0, 0);
    }

    /** Words seen, known or not. */
    int words() {
        return words;
    }

    /** Words of two letters or more: initials and lone letters ("C.A.R.E") make no prose. */
    int longWords() {
        return longWords;
    }

    /** Letters seen. */
    int letters() {
        return letters;
    }

    double score(int language) {
        return scores[language];
    }

    /** Known words of {@code language}, each counted whole. */
    int hits(int language) {
        return hits[language];
    }

    /** Share of the words that are known words of {@code language}. */
    double coverage(int language) {
        return words == 0 ? 0 : (double) hits[language] / words;
    }

    /** The best-scoring language other than {@code excluded} (-1 for none); -1 when nothing scored. */
    int best(int excluded) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (i != excluded && scores[i] > 0 && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The best-scoring language; -1 when nothing scored. */
    int best() {
        return best(-1);
    }

    /** The sum of two profiles, as if their texts had been scanned together. */
    LexicalProfile plus(LexicalProfile other) {
        double[] s = scores.clone();
        int[] h = hits.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += other.scores[i];
            h[i] += other.hits[i];
        }
        return new LexicalProfile(s, h, words + other.words, longWords + other.longWords, letters + other.letters);
    }
}
