package org.veille.eval;

/**
 * Snippet test outcomes, summed over pages (the README sums counts over the whole set before computing
 * P/R/F1, so pages with many snippets weigh more).
 *
 * @param tp {@code with} snippets found in the extracted text
 * @param fn {@code with} snippets missing from it
 * @param fp {@code without} snippets (boilerplate) found in it
 * @param tn {@code without} snippets correctly left out
 */
public record SnippetCounts(long tp, long fn, long fp, long tn) {
    public static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

    public SnippetCounts plus(SnippetCounts other) {
        return new SnippetCounts(tp + other.tp, fn + other.fn, fp + other.fp, tn + other.tn);
    }

    public long total() {
        return tp + fn + fp + tn;
    }

    /** tp/(tp+fp), 0 when nothing was found at all. */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp/(tp+fn), 0 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** 2TP/(2TP+FP+FN), the README's form, equal to the harmonic mean of precision and recall. */
    public double f1() {
        long denominator = 2 * tp + fp + fn;
        return denominator == 0 ? 0 : 2.0 * tp / denominator;
    }

    /** (tp+tn)/total, which trafilatura's own evaluation also prints. */
    public double accuracy() {
        return total() == 0 ? 0 : (double) (tp + tn) / total();
    }
}
