package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SnippetScorerTest {
    private static final double EPS = 1e-12;
    private final SnippetScorer scorer = new SnippetScorer();

    @Test
    void finds_a_with_snippet_across_paragraph_breaks_and_odd_spaces() {
        SnippetCounts c = scorer.count("Le chlorothalonil\n\nsera\u00A0interdit.", List.of("Le chlorothalonil sera  interdit"),
                List.of());
        assertEquals(new SnippetCounts(1, 0, 0, 0), c);
    }

    @Test
    void is_case_sensitive() {
        assertEquals(new SnippetCounts(0, 1, 0, 0), scorer.count("plus de sujets", List.of("Plus de sujets"), List.of()));
    }

    @Test
    void counts_a_found_without_snippet_as_a_false_positive_and_an_absent_one_as_a_true_negative() {
        SnippetCounts c = scorer.count("Article text. Plus de sujets", List.of("Article text"),
                List.of("Plus de sujets", "Avez-vous apprécié cet article?"));
        assertEquals(new SnippetCounts(1, 0, 1, 1), c);
    }

    @Test
    void misses_every_with_snippet_of_an_empty_extraction() {
        assertEquals(new SnippetCounts(0, 2, 0, 1), scorer.count(null, List.of("a", "b"), List.of("c")));
    }

    @Test
    void skips_snippets_that_are_only_whitespace() {
        assertEquals(SnippetCounts.ZERO, scorer.count("text", List.of(" \n"), List.of("")));
    }

    @Test
    void sums_counts_over_pages_before_computing_f1() {
        SnippetCounts total = new SnippetCounts(3, 1, 0, 2).plus(new SnippetCounts(1, 3, 2, 0));
        assertEquals(new SnippetCounts(4, 4, 2, 2), total);
        assertEquals(8.0 / (8 + 2 + 4), total.f1(), EPS);
        assertEquals(4.0 / 6, total.precision(), EPS);
        assertEquals(0.5, total.recall(), EPS);
        assertEquals(0.5, total.accuracy(), EPS);
    }

    @Test
    void reports_zero_rather_than_nan_when_nothing_was_counted() {
        assertEquals(0, SnippetCounts.ZERO.f1(), EPS);
        assertEquals(0, SnippetCounts.ZERO.precision(), EPS);
    }
}
