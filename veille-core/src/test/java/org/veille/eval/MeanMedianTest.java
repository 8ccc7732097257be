package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MeanMedianTest {

    @Test
    void takes_the_middle_value_of_an_odd_count() {
        assertEquals(new MeanMedian(3, 4.0 / 3, 1), MeanMedian.of(List.of(3.0, 0.0, 1.0)));
    }

    @Test
    void averages_the_two_middle_values_of_an_even_count() {
        assertEquals(2.5, MeanMedian.of(List.of(4.0, 1.0, 3.0, 2.0)).median());
    }

    @Test
    void is_not_a_number_for_no_values() {
        MeanMedian m = MeanMedian.of(List.of());
        assertEquals(0, m.count());
        assertTrue(Double.isNaN(m.mean()) && Double.isNaN(m.median()));
    }
}
