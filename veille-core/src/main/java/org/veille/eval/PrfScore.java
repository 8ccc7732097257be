package org.veille.eval;

/** Precision, recall and F1 of one page (or one aggregate), each in [0, 1]. */
public record PrfScore(double precision, double recall, double f1) {

    /** F1 as the harmonic mean of precision and recall, 0 when both are 0 rather than NaN. */
    public static double harmonicMean(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static PrfScore of(double precision, double recall) {
        return new PrfScore(precision, recall, harmonicMean(precision, recall));
    }
}
