package org.veille.eval;

/**
 * One page under the AEB shingle metric.
 *
 * @param id        page id
 * @param tp        shingles found in both, counting multiplicity
 * @param fp        predicted shingles beyond the truth's count
 * @param fn        truth shingles beyond the prediction's count
 * @param precision page precision, with the README's special cases
 * @param recall    page recall, with the README's special cases
 * @param f1        harmonic mean of the two, 0 when both are 0
 */
public record AebPageScore(String id, long tp, long fp, long fn, double precision, double recall, double f1) {

    /** Counted in the set precision: the prediction had at least one shingle that could be judged. */
    public boolean countsForPrecision() {
        return tp + fp > 0;
    }

    /** Counted in the set recall: the truth had at least one shingle (always, on the shipped set). */
    public boolean countsForRecall() {
        return tp + fn > 0;
    }
}
