package org.veille.eval.quotes;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextAlignmentTest {

    private static int[] span(String text, String part) {
        int at = text.indexOf(part);
        int start = text.codePointCount(0, at);
        return new int[] {start, start + part.codePointCount(0, part.length())};
    }

    private static String at(String text, int[] span) {
        int from = text.offsetByCodePoints(0, span[0]);
        return text.substring(from, text.offsetByCodePoints(from, span[1] - span[0]));
    }

    @Test
    void maps_a_text_onto_itself_unchanged() {
        String text = "« La Biélorussie se prépare », a-t-il déclaré. Il a ajouté que rien n'était prêt.";
        TextAlignment alignment = TextAlignment.of(text, text);
        int[] quote = span(text, "La Biélorussie se prépare");
        assertArrayEquals(quote, alignment.map(quote[0], quote[1]));
        assertEquals(1.0, alignment.alignedShare());
    }

    @Test
    void maps_across_an_inserted_caption_and_different_quote_marks() {
        String ours = "Menu Accueil Monde\n\nIl a dit : \"Nous partirons demain.\"\n\nPhoto : le port (AFP)\n\n"
                + "\"Puis nous verrons\", a-t-il ajouté.";
        String gold = "Il a dit : « Nous partirons demain. »\n\n« Puis nous verrons », a-t-il ajouté.";
        TextAlignment alignment = TextAlignment.of(ours, gold);
        int[] first = span(ours, "Nous partirons demain.");
        assertEquals("Nous partirons demain.", at(gold, alignment.map(first[0], first[1])));
        int[] across = span(ours, "demain.\"\n\nPhoto : le port (AFP)\n\n\"Puis");
        assertEquals("demain. »\n\n« Puis", at(gold, alignment.map(across[0], across[1])));
    }

    @Test
    void keeps_the_offset_inside_a_partly_covered_word() {
        String ours = "Elle a parlé longuement.";
        String gold = "Hier, elle a parlé longuement.";
        TextAlignment alignment = TextAlignment.of(ours, gold);
        assertEquals("lle a parlé longue", at(gold, alignment.map(1, 19)));
    }

    @Test
    void counts_offsets_in_code_points() {
        String ours = "𝐀 début « il dit » fin";
        String gold = "Titre\n\n𝐀 début « il dit » fin";
        TextAlignment alignment = TextAlignment.of(ours, gold);
        int[] quote = span(ours, "il dit");
        assertEquals("il dit", at(gold, alignment.map(quote[0], quote[1])));
    }

    @Test
    void maps_a_span_of_words_the_gold_text_lacks_to_nothing() {
        String ours = "Abonnez-vous à notre lettre. Le ministre a démissionné.";
        String gold = "Le ministre a démissionné.";
        TextAlignment alignment = TextAlignment.of(ours, gold);
        int[] boilerplate = span(ours, "Abonnez-vous à notre lettre.");
        assertNull(alignment.map(boilerplate[0], boilerplate[1]));
    }

    @Test
    void aligns_repeated_words_between_unique_anchors() {
        String ours = "oui oui non oui ALPHA oui non non BETA non";
        String gold = "oui non oui ALPHA oui oui non non BETA non";
        TextAlignment alignment = TextAlignment.of(ours, gold);
        int[] alpha = span(ours, "ALPHA oui non non BETA");
        assertEquals("ALPHA oui oui non non BETA", at(gold, alignment.map(alpha[0], alpha[1])));
    }
}
