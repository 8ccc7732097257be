package org.veille.eval.quotes;

/**
 * When a predicted span counts as finding a gold quote: the README's character overlap
 * |gold ∩ predicted| / |gold| at 0.3 (the headline figure) and 0.8, or the exact span.
 */
public enum SpanCriterion {
    OVERLAP_30("overlap >= 0.3", 0.3),
    OVERLAP_80("overlap >= 0.8", 0.8),
    EXACT("exact span", 1.0);

    private final String label;
    private final double minOverlap;

    SpanCriterion(String label, double minOverlap) {
        this.label = label;
        this.minOverlap = minOverlap;
    }

    /** The least share of the gold span a prediction must cover (1 for the exact criterion). */
    public double minOverlap() {
        return minOverlap;
    }

    public String label() {
        return label;
    }

    /** The share of the gold span the prediction covers, or 0 when the pair does not qualify. */
    double score(GoldQuote gold, ScoredQuote predicted) {
        if (this == EXACT) {
            return gold.start() == predicted.start() && gold.end() == predicted.end() ? 1 : 0;
        }
        double overlap = overlap(gold, predicted);
        return overlap >= minOverlap ? overlap : 0;
    }

    /** |gold ∩ predicted| / |gold|. */
    static double overlap(GoldQuote gold, ScoredQuote predicted) {
        return gold.span().coveredBy(predicted.span());
    }
}
