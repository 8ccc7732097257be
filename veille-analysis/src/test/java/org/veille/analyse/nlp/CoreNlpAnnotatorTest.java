package org.veille.analyse.nlp;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.model.EntityType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real CoreNLP models on our own sentences (loads both languages: a few seconds each). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoreNlpAnnotatorTest {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private static String tagged(AnnotatedText text, EntityType type) {
        return text.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.entity() == type).map(text::surface).distinct().collect(Collectors.joining(" "));
    }

    @Test
    void tags_french_people_places_and_organisations_with_offsets_into_the_text() {
        String text = "Pavel Slunkin, qui travaillait au ministère des Affaires étrangères, a parlé à Minsk. "
                + "Il a ajouté que l'armée ne bougerait pas.";
        AnnotatedText a = ANNOTATOR.annotate(text, "fr");
        assertEquals(2, a.sentences().size());
        assertEquals("Pavel Slunkin", tagged(a, EntityType.PERSON));
        assertTrue(tagged(a, EntityType.LOCATION).contains("Minsk"));
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertTrue(t.end() <= text.length());
            }
        }
        // "au" is split into "à" + "le", both on the characters of "au".
        List<Token> au = a.sentences().get(0).tokens().stream().filter(t -> a.surface(t).equals("au")).toList();
        assertEquals(List.of("à", "le"), au.stream().map(Token::word).toList());
    }

    @Test
    void tags_english_entities() {
        AnnotatedText a = ANNOTATOR.annotate("Hillary Clinton told Reuters in Ohio that she would win.", "en");
        assertEquals("Hillary Clinton", tagged(a, EntityType.PERSON));
        assertEquals("Reuters", tagged(a, EntityType.ORGANIZATION));
        assertEquals("Ohio", tagged(a, EntityType.LOCATION));
    }

    @Test
    void refuses_a_language_without_models() {
        assertThrows(IllegalArgumentException.class, () -> ANNOTATOR.annotate("Guten Tag", "de"));
    }
}
