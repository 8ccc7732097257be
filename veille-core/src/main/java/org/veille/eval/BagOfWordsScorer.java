package org.veille.eval;

import java.util.List;

/**
 * The WCXB page metric: bag-of-words precision, recall and F1 over lower-cased Python {@code \w+} tokens,
 * counting multiplicity. Set-level numbers are plain means (and medians) of the page scores; see
 * {@link BowSummary}. Grouping by page type is the caller's business: score pages, then summarise groups.
 */
public final class BagOfWordsScorer {
    private final WordTokenizer tokenizer = new WordTokenizer();

    /**
     * Scores one page. A page whose truth has no words (WCXB has 21: empty or null main content) scores 1
     * only when the prediction has no words either; otherwise an empty prediction scores 0, so returning
     * nothing never looks like precision. Null texts count as empty.
     */
    public PrfScore scorePage(String truth, String prediction) {
        List<String> truthTokens = tokenizer.lowerCaseTokens(truth);
        List<String> predictedTokens = tokenizer.lowerCaseTokens(prediction);
        if (truthTokens.isEmpty()) {
            double score = predictedTokens.isEmpty() ? 1 : 0;
            return new PrfScore(score, score, score);
        }
        if (predictedTokens.isEmpty()) {
            return new PrfScore(0, 0, 0);
        }
        OverlapCounts c = OverlapCounts.between(truthTokens, predictedTokens);
        return PrfScore.of((double) c.tp() / predictedTokens.size(), (double) c.tp() / truthTokens.size());
    }
}
