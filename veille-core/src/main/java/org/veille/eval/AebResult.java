package org.veille.eval;

import java.util.List;

/**
 * The AEB metric over a set. F1 is the harmonic mean of the mean precision and the mean recall, as the
 * published table computes it, not the mean of per-page F1s; the latter is kept for mean/median reporting.
 *
 * @param precision mean page precision over pages whose prediction had shingles (tp+fp &gt; 0)
 * @param recall    mean page recall over pages whose truth had shingles (tp+fn &gt; 0)
 * @param f1        2PR/(P+R) of those means
 * @param pages     every truth page, in id order
 */
public record AebResult(double precision, double recall, double f1, List<AebPageScore> pages) {

    public AebResult {
        pages = List.copyOf(pages);
    }

    /** Mean and median of per-page F1 over all pages (a page with an empty prediction scores 0). */
    public MeanMedian pageF1() {
        return MeanMedian.of(pages.stream().map(AebPageScore::f1).toList());
    }

    /** How many pages entered the precision mean; pages with empty predictions do not. */
    public long precisionPages() {
        return pages.stream().filter(AebPageScore::countsForPrecision).count();
    }

    public long recallPages() {
        return pages.stream().filter(AebPageScore::countsForRecall).count();
    }
}
