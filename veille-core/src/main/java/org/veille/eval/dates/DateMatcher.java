package org.veille.eval.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs one text's predicted date expressions with its reference expressions, one to one: every pair
 * that overlaps by at least one character is a candidate, and candidates are taken greedily, most shared
 * characters first (then reading order), while both sides are still free. Overlap rather than exact
 * spans, because the two systems draw edges differently ("on Monday" against "Monday", "the 1990s")
 * while naming the same date.
 */
public final class DateMatcher {
    private DateMatcher() {
    }

    /** A reference expression with the prediction it was paired with. */
    public record Pair(DateSpan reference, DateSpan predicted) {
    }

    /** The pairs, the reference expressions left unpaired (missed) and the predictions left unpaired (invented). */
    public record Alignment(List<Pair> pairs, List<DateSpan> missed, List<DateSpan> invented) {
    }

    public static Alignment align(List<DateSpan> reference, List<DateSpan> predicted) {
        record Candidate(int r, int p, int overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int r = 0; r < reference.size(); r++) {
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = reference.get(r).overlap(predicted.get(p));
                if (overlap > 0) {
                    candidates.add(new Candidate(r, p, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::r).thenComparingInt(Candidate::p));
        boolean[] referenceUsed = new boolean[reference.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!referenceUsed[c.r] && !predictedUsed[c.p]) {
                referenceUsed[c.r] = true;
                predictedUsed[c.p] = true;
                pairs.add(new Pair(reference.get(c.r), predicted.get(c.p)));
            }
        }
        pairs.sort(Comparator.comparingInt(pair -> pair.reference().start()));
        List<DateSpan> missed = new ArrayList<>();
        for (int r = 0; r < reference.size(); r++) {
            if (!referenceUsed[r]) {
                missed.add(reference.get(r));
            }
        }
        List<DateSpan> invented = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedUsed[p]) {
                invented.add(predicted.get(p));
            }
        }
        return new Alignment(List.copyOf(pairs), List.copyOf(missed), List.copyOf(invented));
    }
}
