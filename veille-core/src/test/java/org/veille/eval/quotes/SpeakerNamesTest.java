package org.veille.eval.quotes;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpeakerNamesTest {

    private static GoldQuote said(String speaker, List<String> coSpeakers, List<String> aliases) {
        return new GoldQuote("direct", "q", 0, 1, speaker, coSpeakers, aliases, false, "named", null, null);
    }

    @Test
    void the_full_name_or_an_alias_matches() {
        GoldQuote q = said("Pavel Slunkin", List.of(), List.of("M. Slunkin", "l'analyste"));
        assertTrue(SpeakerNames.matches(q, "Pavel Slunkin"));
        assertTrue(SpeakerNames.matches(q, "pavel  SLUNKIN"));
        assertTrue(SpeakerNames.matches(q, "Slunkin"), "the alias M. Slunkin, courtesy title folded");
        assertTrue(SpeakerNames.matches(q, "L’analyste"));
        assertFalse(SpeakerNames.matches(q, "Pavel"));
        assertFalse(SpeakerNames.matches(q, "il"));
        assertFalse(SpeakerNames.matches(q, null));
    }

    @Test
    void a_surname_alone_needs_the_article_to_use_it() {
        assertFalse(SpeakerNames.matches(said("Pavel Slunkin", List.of(), List.of()), "Slunkin"));
    }

    @Test
    void organisations_keep_or_lose_their_article() {
        GoldQuote q = said("l’Office fédéral de l’agriculture", List.of(), List.of());
        assertTrue(SpeakerNames.matches(q, "Office fédéral de l'agriculture"));
        assertTrue(SpeakerNames.matches(q, "L'Office fédéral de l'agriculture"));
    }

    @Test
    void co_speakers_are_accepted() {
        GoldQuote q = said("Raphaël Garrigos", List.of("Isabelle Roberts"), List.of());
        assertTrue(SpeakerNames.matches(q, "Isabelle Roberts"));
    }

    @Test
    void no_gold_speaker_is_matched_only_by_none() {
        GoldQuote q = said(null, List.of(), List.of());
        assertTrue(SpeakerNames.matches(q, null));
        assertFalse(SpeakerNames.matches(q, "Emmanuel Macron"));
    }

    @Test
    void folding_leaves_names_that_start_like_titles_alone() {
        assertEquals("mrinal sen", SpeakerNames.fold("Mrinal Sen"));
        assertEquals("leila slimani", SpeakerNames.fold("Leila Slimani"));
        assertEquals("on", SpeakerNames.fold("anonymous: on (rumeur)"));
        assertEquals("spokesman", SpeakerNames.fold("the spokesman,"));
    }
}
