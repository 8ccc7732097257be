package org.veille.eval.quotes;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuoteMatcherTest {

    static GoldQuote gold(int start, int end) {
        return new GoldQuote("direct", "x".repeat(end - start), start, end, "Pavel Slunkin", List.of(),
                List.of("M. Slunkin"), false, "named", "a déclaré", null);
    }

    @Test
    void overlap_is_the_share_of_the_gold_span_covered() {
        assertEquals(0.5, SpanCriterion.overlap(gold(0, 10), new ScoredQuote(5, 30, null)), 1e-12);
        assertEquals(1.0, SpanCriterion.overlap(gold(10, 20), new ScoredQuote(0, 100, null)), 1e-12);
        assertEquals(0.0, SpanCriterion.overlap(gold(10, 20), new ScoredQuote(20, 30, null)), 1e-12);
    }

    @Test
    void a_prediction_below_the_threshold_does_not_match() {
        List<GoldQuote> g = List.of(gold(0, 100));
        List<ScoredQuote> p = List.of(new ScoredQuote(0, 29, null));
        assertEquals(0, QuoteMatcher.match(g, p, SpanCriterion.OVERLAP_30).size());
        assertEquals(1, QuoteMatcher.match(g, List.of(new ScoredQuote(0, 30, null)), SpanCriterion.OVERLAP_30).size());
    }

    @Test
    void matches_one_to_one_best_overlap_first() {
        // One long prediction covers two gold quotes: it may count for only one, the better covered.
        List<GoldQuote> g = List.of(gold(0, 10), gold(12, 20));
        List<ScoredQuote> p = List.of(new ScoredQuote(5, 20, null));
        List<QuoteMatcher.Match> m = QuoteMatcher.match(g, p, SpanCriterion.OVERLAP_30);
        assertEquals(List.of(new QuoteMatcher.Match(1, 0, 1.0)), m);
    }

    @Test
    void exact_needs_both_ends() {
        List<GoldQuote> g = List.of(gold(3, 9));
        assertEquals(1, QuoteMatcher.match(g, List.of(new ScoredQuote(3, 9, null)), SpanCriterion.EXACT).size());
        assertEquals(0, QuoteMatcher.match(g, List.of(new ScoredQuote(3, 10, null)), SpanCriterion.EXACT).size());
    }

    @Test
    void a_nested_quote_pairs_with_the_inner_prediction_whatever_the_order() {
        // A mixed fragment (40-50) listed before the indirect clause holding it (0-100).
        List<GoldQuote> g = List.of(gold(40, 50), gold(0, 100));
        List<ScoredQuote> p = List.of(new ScoredQuote(0, 100, null), new ScoredQuote(40, 50, null));
        assertEquals(List.of(new QuoteMatcher.Match(0, 1, 1.0), new QuoteMatcher.Match(1, 0, 1.0)),
                QuoteMatcher.match(g, p, SpanCriterion.OVERLAP_30));
    }
}
