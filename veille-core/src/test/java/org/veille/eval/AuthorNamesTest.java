package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorNamesTest {

    @Test
    void splits_on_semicolons_commas_ampersands_slashes_and_pipes() {
        assertEquals(Set.of("a b", "c d", "e", "f", "g h", "i"),
                AuthorNames.of(List.of("A B; C D, E & F / G H | I")));
    }

    @Test
    void splits_on_and_und_et_y_only_as_whole_words() {
        assertEquals(Set.of("ann", "bob", "cy", "dee", "eve", "fay", "sandy andrews"),
                AuthorNames.of(List.of("Ann and Bob", "Cy und Dee", "Eve et Fay", "Sandy Andrews")));
        assertEquals(Set.of("isabel caro", "rocío latorre"), AuthorNames.of(List.of("Isabel Caro y Rocío Latorre")));
    }

    @Test
    void lower_cases_and_normalises_whitespace_and_drops_empty_pieces() {
        assertEquals(Set.of("scott cunningham"), AuthorNames.of(List.of("  Scott\n\t\tCUNNINGHAM, ", "")));
    }

    @Test
    void splits_list_items_too_so_both_sides_are_treated_alike() {
        assertEquals(Set.of("michael l. anderson", "phd"), AuthorNames.of(List.of("Michael L. Anderson, PhD")));
    }
}
