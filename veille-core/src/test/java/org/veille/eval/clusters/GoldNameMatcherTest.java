package org.veille.eval.clusters;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GoldNameMatcherTest {

    private final GoldNameMatcher matcher = new GoldNameMatcher(List.of(
            new GoldEntity("Pavel Slunkin", List.of("l'analyste", "M. Slunkin")),
            new GoldEntity("la Banque centrale européenne", List.of("BCE", "l'institution")),
            new GoldEntity("Anna K.", List.of()),
            new GoldEntity("Marie-Claire Dubois", List.of()),
            new GoldEntity("Jean Dubois", List.of())));

    @Test
    void the_same_name_or_alias_matches_folded() {
        assertEquals(0, matcher.match("Pavel Slunkin"));
        assertEquals(0, matcher.match("M. Slunkin"));
        assertEquals(1, matcher.match("Banque centrale européenne"));
        assertEquals(1, matcher.match("la BCE"));
        assertEquals(2, matcher.match("Anna K"));
    }

    @Test
    void a_surname_or_first_name_matches_a_person_but_not_an_initial() {
        assertEquals(0, matcher.match("Pavel"));
        assertEquals(3, matcher.match("Marie-Claire"));
        assertEquals(2, matcher.match("Anna"));
        assertEquals(GoldNameMatcher.NONE, matcher.match("K."));
        assertEquals(GoldNameMatcher.NONE, matcher.match("centrale européenne"), "organisations are not cut");
    }

    @Test
    void the_proper_name_ending_a_description_matches_unless_a_preposition_leads_to_it() {
        GoldNameMatcher m = new GoldNameMatcher(List.of(new GoldEntity("la revue Pollen", List.of()),
                new GoldEntity("le tribunal de commerce de Lyon", List.of("le candidat Ivanov"))));
        assertEquals(0, m.match("Pollen"));
        assertEquals(1, m.match("Ivanov"));
        assertEquals(GoldNameMatcher.NONE, m.match("Lyon"));
    }

    @Test
    void a_name_with_words_run_in_matches_unless_a_preposition_leads_to_it() {
        assertEquals(0, matcher.match("Finances Pavel Slunkin"));
        assertEquals(0, matcher.match("Pavel Slunkin\n\nAvant"), "a span run across a paragraph break");
        assertEquals(1, matcher.match("gouverneur de la Banque centrale européenne"));
        assertEquals(GoldNameMatcher.NONE, matcher.match("The Life of Pavel Slunkin"));
        assertEquals(GoldNameMatcher.NONE, matcher.match("fondation de Pavel Slunkin"));
    }

    @Test
    void a_name_two_entities_share_is_ambiguous_and_others_match_nothing() {
        assertEquals(GoldNameMatcher.AMBIGUOUS, matcher.match("Dubois"));
        assertEquals(GoldNameMatcher.NONE, matcher.match("Vladimir Poutine"));
        assertEquals(GoldNameMatcher.NONE, matcher.match(""));
    }
}
