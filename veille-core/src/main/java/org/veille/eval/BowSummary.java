package org.veille.eval;

import java.util.Collection;

/**
 * Bag-of-words scores of a group of pages: mean and median of the per-page precision, recall and F1
 * (WCXB reports the mean F1; the median is there to show whether a few pages drive it).
 */
public record BowSummary(int pages, MeanMedian precision, MeanMedian recall, MeanMedian f1) {

    public static BowSummary of(Collection<PrfScore> pageScores) {
        return new BowSummary(pageScores.size(),
                MeanMedian.of(pageScores.stream().map(PrfScore::precision).toList()),
                MeanMedian.of(pageScores.stream().map(PrfScore::recall).toList()),
                MeanMedian.of(pageScores.stream().map(PrfScore::f1).toList()));
    }
}
