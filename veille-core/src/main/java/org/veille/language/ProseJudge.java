package org.veille.language;

/**
 * Tells whether a stretch of prose (a paragraph, a quoted sentence) is written in another language than
 * its article. The function words make the case cheaply; the statistical model, when there is one, must
 * then agree, so a paragraph full of names or an odd shared word is never flagged on one signal alone.
 */
final class ProseJudge {

    /** Without the model's say the article's language may score at most this share of the other. */
    private static final double ALONE_MAX_ARTICLE_SHARE = 0.1;

    private final LanguageSettings settings;
    private final StatisticalModel model;

    /** {@code model} may be null: function words then decide alone, on stricter terms. */
    ProseJudge(LanguageSettings settings, StatisticalModel model) {
        this.settings = settings;
        this.model = model;
    }

    /**
     * The language of {@code text[from, to)} when it clearly differs from {@code article}, else -1.
     * {@code profile} is the lexical profile of that same stretch.
     */
    int differingLanguage(String text, int from, int to, LexicalProfile profile, int article) {
        int candidate = profile.best(article);
        if (candidate < 0) {
            return -1;
        }
        double score = profile.score(candidate);
        if (profile.hits(candidate) < settings.foreignMinHits()
                || profile.coverage(candidate) < settings.foreignMinCoverage()
                || profile.score(article) > settings.foreignMaxArticleShare() * score) {
            return -1;
        }
        boolean nearlyNoArticleWords = profile.score(article) <= ALONE_MAX_ARTICLE_SHARE * score;
        if (nearlyNoArticleWords && profile.hits(candidate) >= settings.foreignCertainHits()
                && profile.coverage(candidate) >= 2 * settings.foreignMinCoverage()) {
            return candidate;
        }
        if (model == null) {
            return nearlyNoArticleWords && profile.hits(candidate) > settings.foreignMinHits() ? candidate : -1;
        }
        StatisticalModel.Guess guess = model.classify(sample(text, from, to));
        if (guess.language() == candidate) {
            return candidate;
        }
        // Close relatives (Spanish and Portuguese) share many function words: the model settles which.
        boolean relative = guess.language() >= 0 && guess.language() != article
                && profile.score(guess.language()) >= 0.5 * score;
        return relative ? guess.language() : -1;
    }

    /** At most {@code statisticalMaxChars} characters of the stretch, cut at a space. */
    private String sample(String text, int from, int to) {
        int max = settings.statisticalMaxChars();
        if (to - from <= max) {
            return text.substring(from, to);
        }
        int end = from + max;
        int space = text.lastIndexOf(' ', end);
        return text.substring(from, space > from + max / 2 ? space : end);
    }
}
