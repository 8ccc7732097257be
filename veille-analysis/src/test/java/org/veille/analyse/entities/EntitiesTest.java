package org.veille.analyse.entities;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.TextOffsets;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.model.Entity;
import org.veille.model.EntityType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities of our own French paragraph, through the real tagger. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntitiesTest {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    @Test
    void names_people_outlets_and_ministries_once_each() {
        String text = "S’adressant à Express.co.uk, Pavel Slunkin a déclaré que le ministère de la Défense "
                + "avait écrit sur Telegram. M. Slunkin a ajouté que Vladimir Poutine attendait. Poutine n’a rien dit.";
        Entities entities = new Entities();
        List<Entity> found = Entities.records(entities.clusters(ANNOTATOR.annotate(text, "fr")), new TextOffsets(text));
        Map<String, EntityType> types = found.stream().collect(Collectors.toMap(Entity::name, Entity::type));
        assertEquals(EntityType.ORGANIZATION, types.get("Express.co.uk"), found.toString());
        assertEquals(EntityType.ORGANIZATION, types.get("Telegram"), found.toString());
        assertEquals(EntityType.PERSON, types.get("Pavel Slunkin"), found.toString());
        assertEquals(EntityType.PERSON, types.get("Vladimir Poutine"), found.toString());
        Entity slunkin = found.stream().filter(e -> e.name().equals("Pavel Slunkin")).findFirst().orElseThrow();
        assertEquals(List.of("Pavel Slunkin", "M. Slunkin"), slunkin.mentions().stream().map(m -> m.text()).toList());
        assertTrue(found.stream().anyMatch(e -> e.name().contains("ministère de la Défense")), found.toString());
        assertEquals("e1", found.get(0).id());
    }
}
