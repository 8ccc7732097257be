package org.veille.analyse.attribution;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.nlp.Token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How tagged words become attributions, on hand-tagged paragraphs (one char per word, a space between). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AssemblyTest {
    private static final int O = Role.OUTSIDE;
    private static final int BS = Role.SOURCE.begin();
    private static final int IS = Role.SOURCE.inside();
    private static final int BQ = Role.CUE.begin();
    private static final int BC = Role.CONTENT.begin();
    private static final int IC = Role.CONTENT.inside();

    /** Word i covers chars [2i, 2i+1); sentences as given. */
    private static TokenSequence words(int... sentences) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            tokens.add(new Token("w", 2 * i, 2 * i + 1, null));
        }
        return new TokenSequence(tokens, new int[sentences.length][0], sentences);
    }

    private static TaggedAttribution.Piece words(int first, int last) {
        return new TaggedAttribution.Piece(2 * first, 2 * last + 1);
    }

    @Test
    void a_content_the_cue_interrupts_is_one_attribution_with_its_source() {
        // "These were not omissions , Brafman noted ; the government slanted"
        int[] tags = {BC, IC, IC, IC, O, BS, BQ, O, BC, IC, IC};
        List<TaggedAttribution> found = AttributionTagger.assemble(words(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), tags);
        assertEquals(1, found.size(), found.toString());
        assertEquals(words(0, 10), found.get(0).content());
        assertEquals(words(6, 6), found.get(0).cue());
        assertEquals(words(5, 5), found.get(0).source());
    }

    @Test
    void each_content_takes_the_cue_of_its_own_sentence() {
        // "A said B . C said D ."
        int[] tags = {BS, BQ, BC, O, BS, IS, BQ, BC, IC, O};
        List<TaggedAttribution> found = AttributionTagger.assemble(words(0, 0, 0, 0, 1, 1, 1, 1, 1, 1), tags);
        assertEquals(2, found.size(), found.toString());
        assertEquals(words(2, 2), found.get(0).content());
        assertEquals(words(0, 0), found.get(0).source());
        assertEquals(words(7, 8), found.get(1).content());
        assertEquals(words(4, 5), found.get(1).source());
    }

    @Test
    void a_source_goes_to_the_cue_nearest_it_not_to_a_cue_left_without_one() {
        // "B (content) , said . C said D": the first cue's only candidate is the second's source.
        int[] tags = {BC, IC, O, BQ, O, BS, BQ, BC, O};
        List<TaggedAttribution> found = AttributionTagger.assemble(words(0, 0, 0, 0, 0, 1, 1, 1, 1), tags);
        assertEquals(2, found.size(), found.toString());
        assertNull(found.get(0).source(), "the first cue has no source of its own");
        assertEquals(words(5, 5), found.get(1).source());
    }

    @Test
    void pieces_of_one_source_broken_at_a_comma_are_one_source() {
        // "Rep. Butterfield , head of the caucus , said X"
        int[] tags = {BS, IS, O, BS, IS, IS, IS, O, BQ, BC};
        List<TaggedAttribution> found = AttributionTagger.assemble(words(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), tags);
        assertEquals(1, found.size(), found.toString());
        assertEquals(words(0, 6), found.get(0).source());
    }

    @Test
    void a_content_with_no_cue_in_its_paragraph_is_kept_without_one() {
        int[] tags = {BC, IC, IC, O};
        List<TaggedAttribution> found = AttributionTagger.assemble(words(0, 0, 0, 0), tags);
        assertEquals(1, found.size());
        assertNull(found.get(0).cue());
        assertNull(found.get(0).source());
    }

    @Test
    void a_cue_without_content_makes_nothing() {
        int[] tags = {BS, BQ, O, O};
        assertEquals(List.of(), AttributionTagger.assemble(words(0, 0, 0, 0), tags));
    }
}
