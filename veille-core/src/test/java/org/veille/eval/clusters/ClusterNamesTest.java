package org.veille.eval.clusters;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClusterNamesTest {

    @Test
    void names_fold_as_speakers_do_and_lose_a_final_full_stop() {
        assertEquals("slunkin", ClusterNames.fold("M. Slunkin"));
        assertEquals("office fédéral de l'agriculture", ClusterNames.fold("l’Office fédéral de l’agriculture"));
        assertEquals("hamas", ClusterNames.fold("le Hamas"));
        assertEquals("anna k", ClusterNames.fold("Anna K."));
        assertEquals(List.of("président", "du", "club", "anna", "k"), ClusterNames.words("président du club, anna k"));
    }

    @Test
    void a_proper_name_has_a_capitalised_word_after_its_article_or_title() {
        assertTrue(ClusterNames.isProperName("le Hamas"));
        assertTrue(ClusterNames.isProperName("l’Office fédéral de l’agriculture"));
        assertTrue(ClusterNames.isProperName("Mme Ivanova"));
        assertTrue(ClusterNames.isProperName("ONG"));
        assertFalse(ClusterNames.isProperName("le gouvernement"));
        assertTrue(ClusterNames.isProperName("le tribunal de commerce de Lyon"));
        assertTrue(ClusterNames.isProperName("le président d’Elabe"));
        assertFalse(ClusterNames.isProperName("Le ministre"));
        assertFalse(ClusterNames.isProperName("le ministre de l’intérieur"));
        assertFalse(ClusterNames.isProperName("L’économiste"));
        assertFalse(ClusterNames.isProperName("Cette femme de 40 ans"));
    }

    @Test
    void only_names_of_capitalised_words_are_person_like() {
        assertTrue(ClusterNames.isPersonLike("Pavel Slunkin"));
        assertTrue(ClusterNames.isPersonLike("Mme Anna-Maria De Vos"));
        assertFalse(ClusterNames.isPersonLike("Slunkin"));
        assertFalse(ClusterNames.isPersonLike("la Banque centrale"));
        assertFalse(ClusterNames.isPersonLike("Le Premier ministre Ivanov"));
    }

    @Test
    void a_description_may_end_with_a_proper_name() {
        assertEquals("Pollen", ClusterNames.appositiveName("la revue Pollen"));
        assertEquals("Anna Ivanova", ClusterNames.appositiveName("Le Premier ministre Anna Ivanova"));
        assertEquals(null, ClusterNames.appositiveName("le tribunal de commerce de Lyon"));
        assertEquals(null, ClusterNames.appositiveName("l’avocate d’Anna Ivanova"));
        assertEquals(null, ClusterNames.appositiveName("la BCE"), "a name throughout");
        assertEquals(null, ClusterNames.appositiveName("le ministre"));
        assertEquals(null, ClusterNames.appositiveName("le ministre de la Santé"));
    }

    @Test
    void a_name_occurs_as_whole_words_whatever_its_case_and_article() {
        String text = "Selon l’Office fédéral, M. Slunkin\u00A0Pavel a parlé au Conseil.";
        assertTrue(ClusterNames.occursIn("l'Office fédéral", text));
        assertTrue(ClusterNames.occursIn("le conseil", text));
        assertTrue(ClusterNames.occursIn("Slunkin Pavel", text));
        assertFalse(ClusterNames.occursIn("Slunk", text));
        assertFalse(ClusterNames.occursIn("Office national", text));
    }
}
