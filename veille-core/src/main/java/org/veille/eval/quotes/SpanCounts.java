package org.veille.eval.quotes;

import org.veille.eval.PrfScore;

/** Quotes found (tp), invented (fp) and missed (fn) under one {@link SpanCriterion}, summed over a set. */
public record SpanCounts(int tp, int fp, int fn) {
    public SpanCounts plus(int matched, int predicted, int gold) {
        return new SpanCounts(tp + matched, fp + predicted - matched, fn + gold - matched);
    }

    /** P = tp / (tp + fp), R = tp / (tp + fn); an empty side counts as perfect (nothing to get wrong). */
    public PrfScore score() {
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return PrfScore.of(p, r);
    }
}
