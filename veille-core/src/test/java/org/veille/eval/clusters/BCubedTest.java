package org.veille.eval.clusters;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.eval.PrfScore;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BCubedTest {

    @Test
    void a_perfect_clustering_scores_one() {
        BCubed b = new BCubed();
        b.add(List.of("a", "a", "b"), List.of(7, 7, 9));
        assertEquals(PrfScore.of(1, 1), b.score());
    }

    @Test
    void a_split_costs_recall_and_a_merge_precision() {
        // gold a = {1, 2, 3}, b = {4}; predicted x = {1, 2}, y = {3, 4}
        BCubed b = new BCubed();
        b.add(List.of("a", "a", "a", "b"), List.of("x", "x", "y", "y"));
        // precision: 1, 1, 1/2, 1/2 -> 3/4; recall: 2/3, 2/3, 1/3, 1 -> 2/3
        assertEquals(0.75, b.score().precision(), 1e-12);
        assertEquals(2.0 / 3, b.score().recall(), 1e-12);
        assertEquals(4, b.items());
    }

    @Test
    void articles_are_averaged_over_all_their_items() {
        BCubed b = new BCubed();
        b.add(List.of("a", "a"), List.of("x", "y"));   // recall 1/2, 1/2
        b.add(List.of("a", "a"), List.of("x", "x"));   // a second article's "a" and "x" are other clusters
        assertEquals(0.75, b.score().recall(), 1e-12);
        assertEquals(1.0, b.score().precision(), 1e-12);
        assertEquals(PrfScore.of(0, 0), new BCubed().score());
    }
}
