package org.veille.analyse.attribution;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.entities.FoundMention;
import org.veille.model.EntityType;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which name in a tagged source is its speaker. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpeakerChoiceTest {

    private static FoundMention mention(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new FoundMention(name, at, at + name.length(), type);
    }

    @Test
    void the_name_after_its_description_speaks_not_the_one_inside_it() {
        String text = "Trump campaign manager Kellyanne Conway said";
        List<FoundMention> mentions = List.of(mention(text, "Trump", EntityType.PERSON), mention(text, "Kellyanne Conway", EntityType.PERSON));
        int chosen = TaggedQuoteFinder.speakerAmong(text, new TaggedAttribution.Piece(0, 39), mentions,
                List.of(EntityType.PERSON, EntityType.PERSON));
        assertEquals(1, chosen);
    }

    @Test
    void a_person_before_an_organisation_and_never_a_possessor() {
        String text = "Clinton’s spokesman Brian Fallon of the campaign said";
        List<FoundMention> mentions = List.of(mention(text, "Clinton", EntityType.PERSON), mention(text, "Brian Fallon", EntityType.PERSON));
        assertEquals(1, TaggedQuoteFinder.speakerAmong(text, new TaggedAttribution.Piece(0, 48), mentions,
                List.of(EntityType.PERSON, EntityType.PERSON)));
        String campaign = "Trump's campaign said";
        assertEquals(-1, TaggedQuoteFinder.speakerAmong(campaign, new TaggedAttribution.Piece(0, 16),
                List.of(mention(campaign, "Trump", EntityType.PERSON)), List.of(EntityType.PERSON)),
                "a source naming only a possessor is a description");
        String both = "The Justice Department and Loretta Lynch said";
        assertEquals(1, TaggedQuoteFinder.speakerAmong(both, new TaggedAttribution.Piece(0, 40),
                List.of(mention(both, "Justice Department", EntityType.ORGANIZATION), mention(both, "Loretta Lynch", EntityType.PERSON)),
                List.of(EntityType.ORGANIZATION, EntityType.PERSON)));
    }
}
