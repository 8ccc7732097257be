package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BagOfWordsScorerTest {
    private static final double EPS = 1e-12;
    private final BagOfWordsScorer scorer = new BagOfWordsScorer();

    @Test
    void ignores_case_punctuation_and_layout() {
        assertEquals(new PrfScore(1, 1, 1), scorer.scorePage("The cat.\n\nThe DOG!", "the cat the dog"));
    }

    @Test
    void counts_words_as_a_multiset() {
        // truth {a:2, b:1}; prediction {a:1, b:1, c:2}: overlap 2 of 4 predicted and 2 of 3 expected.
        PrfScore s = scorer.scorePage("a a b", "a b c c");
        assertEquals(0.5, s.precision(), EPS);
        assertEquals(2.0 / 3, s.recall(), EPS);
        assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), s.f1(), EPS);
    }

    @Test
    void scores_an_empty_truth_one_only_when_the_prediction_is_empty_too() {
        assertEquals(new PrfScore(1, 1, 1), scorer.scorePage("", ""));
        assertEquals(new PrfScore(1, 1, 1), scorer.scorePage(null, " — "), "no words is empty");
        assertEquals(new PrfScore(0, 0, 0), scorer.scorePage("", "cookie banner"));
    }

    @Test
    void scores_an_empty_prediction_zero() {
        assertEquals(new PrfScore(0, 0, 0), scorer.scorePage("some article text", ""));
        assertEquals(new PrfScore(0, 0, 0), scorer.scorePage("some article text", null));
    }

    @Test
    void scores_disjoint_texts_zero_without_dividing_by_zero() {
        assertEquals(new PrfScore(0, 0, 0), scorer.scorePage("alpha beta", "gamma"));
    }

    @Test
    void summarises_pages_with_mean_and_median() {
        BowSummary s = BowSummary.of(List.of(new PrfScore(1, 1, 1), new PrfScore(0, 0, 0),
                new PrfScore(0.5, 1, 2.0 / 3), new PrfScore(1, 0.5, 2.0 / 3)));
        assertEquals(4, s.pages());
        assertEquals(0.625, s.precision().mean(), EPS);
        assertEquals(0.75, s.precision().median(), EPS);
        assertEquals((1 + 4.0 / 3) / 4, s.f1().mean(), EPS);
        assertEquals(2.0 / 3, s.f1().median(), EPS);
    }
}
