package org.veille.eval.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predicted quotes with gold quotes one-to-one, greedily: the pair with the largest overlap
 * first, then the next among the quotes still free, as the README's metric prescribes. Greedy rather
 * than optimal matching is the metric's definition, not a shortcut.
 */
public final class QuoteMatcher {
    private QuoteMatcher() {
    }

    /** One pairing: indexes into the gold and predicted lists, and the gold span's covered share. */
    public record Match(int gold, int predicted, double overlap) {
    }

    /** A candidate pairing and the share of the prediction inside the gold span, to break ties. */
    private record Candidate(Match match, double tightness) {
    }

    public static List<Match> match(List<GoldQuote> gold, List<ScoredQuote> predicted, SpanCriterion criterion) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double score = criterion.score(gold.get(g), predicted.get(p));
                if (score > 0) {
                    candidates.add(new Candidate(new Match(g, p, score), tightness(gold.get(g), predicted.get(p))));
                }
            }
        }
        // Among equal overlaps the tighter prediction wins: a quote nested in a longer one (a mixed
        // fragment inside an indirect clause) is fully covered by both the outer and the inner
        // prediction, and must pair with the inner. Then the earlier quotes, so results are reproducible.
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.match().overlap()).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::tightness).reversed())
                .thenComparingInt(c -> c.match().gold()).thenComparingInt(c -> c.match().predicted()));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predictedTaken = new boolean[predicted.size()];
        List<Match> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            Match m = c.match();
            if (!goldTaken[m.gold()] && !predictedTaken[m.predicted()]) {
                goldTaken[m.gold()] = true;
                predictedTaken[m.predicted()] = true;
                matches.add(m);
            }
        }
        matches.sort(Comparator.comparingInt(Match::gold));
        return matches;
    }

    /** |gold ∩ predicted| / |predicted|. */
    private static double tightness(GoldQuote gold, ScoredQuote predicted) {
        return predicted.span().coveredBy(gold.span());
    }
}
