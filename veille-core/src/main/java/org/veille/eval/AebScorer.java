package org.veille.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scrapinghub article-extraction-benchmark metric (README "AEB"): multisets of contiguous 4-token
 * shingles of case-sensitive Python {@code \w+} tokens, compared page by page.
 *
 * <p>A page missing from the predictions, or predicted as null, is scored as an empty prediction: no
 * shingles, so it leaves the precision mean untouched and adds a recall of 0. That is what reproduces the
 * published table (jusText returns nothing on 29 pages: 0.804 with this rule, 0.879 if those pages were
 * skipped), and it is the only honest reading: not extracting anything is a miss, not an abstention.
 * Predictions for ids absent from the truth are ignored.
 */
public final class AebScorer {
    private static final int SHINGLE_SIZE = 4;

    private final WordTokenizer tokenizer = new WordTokenizer();

    /** Scores every truth page, in id order, and averages as the README prescribes. */
    public AebResult score(Map<String, String> truthById, Map<String, String> predictionById) {
        List<AebPageScore> pages = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(truthById).entrySet()) {
            pages.add(scorePage(e.getKey(), e.getValue(), predictionById.get(e.getKey())));
        }
        double precision = MeanMedian.of(pages.stream().filter(AebPageScore::countsForPrecision)
                .map(AebPageScore::precision).toList()).mean();
        double recall = MeanMedian.of(pages.stream().filter(AebPageScore::countsForRecall)
                .map(AebPageScore::recall).toList()).mean();
        return new AebResult(precision, recall, PrfScore.harmonicMean(precision, recall), pages);
    }

    public AebPageScore scorePage(String id, String truth, String prediction) {
        OverlapCounts c = OverlapCounts.between(shingles(truth), shingles(prediction));
        double precision = pageRatio(c.tp(), c.fp(), c.fn());
        double recall = pageRatio(c.tp(), c.fn(), c.fp());
        return new AebPageScore(id, c.tp(), c.fp(), c.fn(), precision, recall,
                PrfScore.harmonicMean(precision, recall));
    }

    /**
     * tp/(tp+wrong) with the README's special cases: a perfect page (no fp, no fn) is 1 even when both sides
     * are empty, and nothing to judge (tp = wrong = 0) is 0.
     */
    private static double pageRatio(long tp, long wrong, long otherWrong) {
        if (wrong == 0 && otherWrong == 0) {
            return 1;
        }
        if (tp == 0 && wrong == 0) {
            return 0;
        }
        return (double) tp / (tp + wrong);
    }

    /**
     * The shingle multiset of a text. Tokens are joined with a space, which no {@code \w} token contains, so
     * the joined string identifies the tuple. A text of 1 to 3 tokens yields one shingle of all its tokens,
     * so a short truth or prediction is still judged; an empty text yields none.
     */
    List<String> shingles(String text) {
        List<String> tokens = tokenizer.tokens(text);
        List<String> shingles = new ArrayList<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < SHINGLE_SIZE) {
            shingles.add(String.join(" ", tokens));
            return shingles;
        }
        for (int i = 0; i + SHINGLE_SIZE <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE_SIZE)));
        }
        return shingles;
    }
}
