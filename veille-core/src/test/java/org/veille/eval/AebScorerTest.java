package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AebScorerTest {
    private static final double EPS = 1e-12;
    private final AebScorer scorer = new AebScorer();

    @Test
    void builds_overlapping_four_token_shingles() {
        assertEquals(List.of("a b c d", "b c d e"), scorer.shingles("a b, c. d e"));
    }

    @Test
    void gives_a_text_of_one_to_three_tokens_one_shingle_of_all_its_tokens() {
        assertEquals(List.of("a"), scorer.shingles("a"));
        assertEquals(List.of("a b c"), scorer.shingles("a b c"));
        assertEquals(List.of(), scorer.shingles(" ,. "));
    }

    @Test
    void scores_an_identical_page_one() {
        AebPageScore p = scorer.scorePage("x", "one two three four five", "one two\n\nthree four five");
        assertEquals(new AebPageScore("x", 2, 0, 0, 1, 1, 1), p);
    }

    @Test
    void is_case_sensitive() {
        AebPageScore p = scorer.scorePage("x", "One two three four", "one two three four");
        assertEquals(0, p.tp());
        assertEquals(1, p.fp());
        assertEquals(1, p.fn());
    }

    @Test
    void counts_repeated_shingles_as_a_multiset() {
        // Truth has "a b c d" once; the prediction repeats the text: {abcd:2, bcda, cdab, dabc}.
        AebPageScore p = scorer.scorePage("x", "a b c d", "a b c d a b c d");
        assertEquals(1, p.tp());
        assertEquals(4, p.fp(), "the second a-b-c-d is surplus, not a match");
        assertEquals(0, p.fn());
        assertEquals(0.2, p.precision(), EPS);
        assertEquals(1, p.recall(), EPS);
    }

    @Test
    void takes_the_smaller_count_of_each_shingle_as_true_positives() {
        AebPageScore p = scorer.scorePage("x", "a b c d x a b c d", "a b c d y a b c d a b c d");
        // truth: {abcd:2, bcdx, cdxa, dxab, xabc}; prediction: {abcd:3, bcdy, cdya, dyab, yabc, bcda, cdab, dabc}
        assertEquals(2, p.tp());
        assertEquals(8, p.fp());
        assertEquals(4, p.fn());
        assertEquals(0.2, p.precision(), EPS);
        assertEquals(2.0 / 6, p.recall(), EPS);
    }

    @Test
    void scores_an_empty_prediction_zero_and_keeps_it_out_of_the_precision_mean() {
        AebPageScore p = scorer.scorePage("x", "a b c d e", "");
        assertEquals(0, p.precision(), EPS);
        assertEquals(0, p.recall(), EPS);
        assertFalse(p.countsForPrecision());
    }

    @Test
    void scores_an_empty_truth_with_an_empty_prediction_as_perfect() {
        AebPageScore p = scorer.scorePage("x", "", null);
        assertEquals(1, p.precision(), EPS);
        assertEquals(1, p.recall(), EPS);
        assertEquals(1, p.f1(), EPS);
    }

    @Test
    void averages_precision_and_recall_over_their_own_pages_and_takes_f1_of_the_means() {
        Map<String, String> truth = Map.of("a", "w x y z", "b", "p q r s t", "c", "one two three four");
        // a: perfect; b: half of the prediction is right (1 of 2 shingles), recall 1/2; c: nothing predicted.
        Map<String, String> predicted = Map.of("a", "w x y z", "b", "p q r s k");
        AebResult r = scorer.score(truth, predicted);
        assertEquals((1 + 0.5) / 2, r.precision(), EPS, "c has tp+fp=0 and is left out of P");
        assertEquals((1 + 0.5 + 0) / 3, r.recall(), EPS, "the missing page counts as recall 0");
        double f1 = 2 * r.precision() * r.recall() / (r.precision() + r.recall());
        assertEquals(f1, r.f1(), EPS);
        assertEquals(2, r.precisionPages());
        assertEquals(3, r.recallPages());
    }

    @Test
    void reports_mean_and_median_of_per_page_f1() {
        Map<String, String> truth = Map.of("a", "w x y z", "b", "p q r s t", "c", "one two three four");
        AebResult r = scorer.score(truth, Map.of("a", "w x y z", "b", "p q r s k"));
        assertEquals((1 + 0.5 + 0) / 3, r.pageF1().mean(), EPS);
        assertEquals(0.5, r.pageF1().median(), EPS);
        assertEquals(List.of("a", "b", "c"), r.pages().stream().map(AebPageScore::id).toList());
    }

    @Test
    void ignores_predictions_for_pages_not_in_the_truth() {
        AebResult r = scorer.score(Map.of("a", "w x y z"), Map.of("a", "w x y z", "zz", "noise noise"));
        assertEquals(1, r.f1(), EPS);
        assertEquals(1, r.pages().size());
    }
}
