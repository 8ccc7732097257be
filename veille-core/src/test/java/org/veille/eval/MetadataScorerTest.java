package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MetadataScorerTest {
    private final MetadataScorer scorer = new MetadataScorer();

    @Test
    void matches_titles_ignoring_case_and_whitespace_but_not_punctuation() {
        assertTrue(scorer.titleMatches("Berne interdit  désormais\nle chlorothalonil", "BERNE interdit désormais le Chlorothalonil"));
        assertFalse(scorer.titleMatches("Berne interdit le chlorothalonil", "Berne interdit le chlorothalonil | TDG"));
    }

    @Test
    void folds_case_like_python_casefold_so_sharp_s_matches_double_s() {
        assertTrue(scorer.titleMatches("Die Straße", "DIE STRASSE"));
        assertTrue(scorer.authorsMatch(List.of("Jörg Weiß"), List.of("JÖRG WEISS")));
    }

    @Test
    void matches_several_authors_as_a_set_whatever_the_separators() {
        assertTrue(scorer.authorsMatch(List.of("Fiona Bornhöft und Mariam Hofbeck"), List.of("mariam hofbeck", "Fiona Bornhöft")));
        assertTrue(scorer.authorsMatch(List.of("Luana Patriolino; Raphael Felice"), List.of("Luana Patriolino, Raphael Felice")));
        assertTrue(scorer.authorsMatch(List.of("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"),
                List.of("Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen")));
        assertFalse(scorer.authorsMatch(List.of("David Brand and Ramsey Khalifeh"), List.of("David Brand")));
    }

    @Test
    void keeps_a_byline_prefix_as_part_of_the_name_because_the_match_is_exact() {
        assertFalse(scorer.authorsMatch(List.of("Von Roland Brockmann"), List.of("Roland Brockmann")));
    }

    @Test
    void compares_dates_as_the_day_at_the_start_of_an_iso_timestamp() {
        assertTrue(scorer.datesMatch("2015-07-10T09:53:00-04:00", "2015-07-10"));
        assertTrue(scorer.datesMatch("2022-11-1", "2022-11-01T08:00:00Z"));
        assertFalse(scorer.datesMatch("2019-12-12", "2019-12-13"));
        assertFalse(scorer.datesMatch("2019-12-12", "12 December 2019"), "not ISO, not a match");
        assertFalse(scorer.datesMatch("2019-12-12", "2019-12"), "less precise than the truth");
    }

    @Test
    void compares_a_month_only_truth_at_month_precision() {
        assertTrue(scorer.datesMatch("2015-11", "2015-11-23"));
        assertFalse(scorer.datesMatch("2015-11", "2015-12-01"));
    }

    @Test
    void judges_a_value_given_where_the_truth_has_none_as_spurious() {
        Truth none = new Truth(null, List.of(), List.of(), "", List.of(""), null, null,
                Set.of(MetaField.TITLE, MetaField.AUTHOR, MetaField.DATE));
        Prediction p = new Prediction("", "A title", List.of("Someone"), "2020-01-01");
        assertEquals(FieldOutcome.SPURIOUS, scorer.judge(MetaField.TITLE, none, p));
        assertEquals(FieldOutcome.SPURIOUS, scorer.judge(MetaField.AUTHOR, none, p));
        assertEquals(FieldOutcome.SPURIOUS, scorer.judge(MetaField.DATE, none, p));
        assertEquals(FieldOutcome.CORRECTLY_ABSENT, scorer.judge(MetaField.AUTHOR, none, Prediction.empty()));
    }

    @Test
    void does_not_judge_fields_the_truth_does_not_annotate() {
        Truth dateOnly = new Truth(null, List.of(), List.of(), null, List.of(), "2020-01-01", null, Set.of(MetaField.DATE));
        Prediction p = new Prediction("", "A title", List.of(), "2020-01-01");
        assertEquals(FieldOutcome.NOT_ANNOTATED, scorer.judge(MetaField.TITLE, dateOnly, p));
        assertEquals(FieldOutcome.CORRECT, scorer.judge(MetaField.DATE, dateOnly, p));
    }

    @Test
    void tells_a_missed_value_from_a_wrong_one() {
        Truth t = new Truth(null, List.of(), List.of(), "Title", List.of("Ann Lee"), null, null,
                Set.of(MetaField.TITLE, MetaField.AUTHOR));
        assertEquals(FieldOutcome.MISSED, scorer.judge(MetaField.TITLE, t, Prediction.empty()));
        assertEquals(FieldOutcome.WRONG, scorer.judge(MetaField.AUTHOR, t,
                new Prediction("", null, List.of("Bob Ray"), null)));
    }

    @Test
    void tallies_accuracy_over_pages_with_a_value_and_spurious_outputs_apart() {
        FieldTally t = FieldTally.EMPTY;
        for (FieldOutcome o : List.of(FieldOutcome.CORRECT, FieldOutcome.CORRECT, FieldOutcome.WRONG,
                FieldOutcome.MISSED, FieldOutcome.SPURIOUS, FieldOutcome.CORRECTLY_ABSENT, FieldOutcome.NOT_ANNOTATED)) {
            t = t.plus(o);
        }
        assertEquals(4, t.withValue());
        assertEquals(0.5, t.accuracy());
        assertEquals(2, t.withoutValue());
        assertEquals(0.5, t.spuriousRate());
    }
}
