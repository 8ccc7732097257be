package org.veille.analyse;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.model.Analysis;
import org.veille.model.Entity;
import org.veille.model.Quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A speaker named by role is the person the article names with that role, in its body or its captions. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RoleLinksTest {
    private static final Analyser ANALYSER = new Analyser(new CoreNlpAnnotator());
    private static final List<String> BODY = List.of(
            "La rhétorique de Loukachenko ressemble à celle de Poutine lorsque le président russe a déclaré que l'agression "
                    + "serait accueillie avec une réponse mesurée.");

    @Test
    void a_caption_that_names_the_role_links_the_speaker_and_gives_the_full_name() {
        Analysis analysis = ANALYSER.analyse(null, BODY,
                List.of("Le président russe Vladimir Poutine assiste à un exercice militaire"), null, "fr");
        Quote q = analysis.quotes().get(0);
        assertEquals("Vladimir Poutine", q.speaker());
        Entity putin = analysis.entities().stream().filter(e -> e.id().equals(q.speakerEntity())).findFirst().orElseThrow();
        assertEquals("Vladimir Poutine", putin.name(), "the apposition gives the fuller name");
        assertTrue(putin.mentions().stream().anyMatch(m -> m.text().equals("le président russe")), putin.toString());
        assertTrue(putin.mentions().stream().anyMatch(m -> m.text().equals("Poutine")), putin.toString());
    }

    @Test
    void the_role_is_found_after_any_article_and_an_emphatic_pronoun_is_ignored() {
        Analysis analysis = ANALYSER.analyse(null, List.of(
                "Roman Prymula dînait avec Jaroslav Faltýnek, bras droit du Premier ministre Andrej Babiš.",
                "Le Premier ministre lui-même a déclaré qu'il cherchait un remplaçant."), List.of(), null, "fr");
        Quote q = analysis.quotes().stream().filter(x -> x.text().contains("remplaçant")).findFirst().orElseThrow();
        assertEquals("Andrej Babiš", q.speaker(), analysis.quotes().toString());
    }

    @Test
    void a_place_after_de_completes_a_description_and_does_not_speak() {
        Quote q = ANALYSER.analyse(null, List.of("Le procureur d'Albi affirme qu'il n'est pas possible d'établir un lien."),
                List.of(), null, "fr").quotes().get(0);
        assertTrue(q.speaker() == null || !q.speaker().equals("Albi"), q.toString());
    }

    @Test
    void a_role_the_article_never_pins_to_a_name_stays_a_description() {
        Quote q = ANALYSER.analyse(null, BODY, List.of("Des soldats à l'exercice"), null, "fr").quotes().get(0);
        assertEquals("le président russe", q.speaker());
        assertNull(q.speakerEntity());
    }
}
