package org.veille.analyse.entities;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.model.EntityType;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntityClustererTest {
    private final EntityClusterer clusterer = new EntityClusterer();

    private static List<FoundMention> mentions(Object... nameThenType) {
        List<FoundMention> list = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < nameThenType.length; i += 2) {
            String name = (String) nameThenType[i];
            list.add(new FoundMention(name, at, at + name.length(), (EntityType) nameThenType[i + 1]));
            at += name.length() + 10;
        }
        return list;
    }

    private List<String> names(List<FoundMention> mentions) {
        return clusterer.cluster(mentions).stream().map(c -> c.name() + ":" + c.mentions().size()).toList();
    }

    @Test
    void a_surname_and_a_titled_surname_join_the_full_name() {
        assertEquals(List.of("Pavel Slunkin:3"), names(mentions("Pavel Slunkin", EntityType.PERSON,
                "M. Slunkin", EntityType.PERSON, "Slunkin", EntityType.PERSON)));
    }

    @Test
    void a_full_name_after_its_short_form_joins_it_and_names_it() {
        assertEquals(List.of("Vladimir Poutine:2"), names(mentions("Poutine", EntityType.PERSON,
                "Vladimir Poutine", EntityType.PERSON)));
    }

    @Test
    void a_first_name_alone_joins_the_full_name_before_or_after_it() {
        assertEquals(List.of("Marsha P. Johnson:3"), names(mentions("Marsha", EntityType.PERSON,
                "Marsha P. Johnson", EntityType.PERSON, "Marsha", EntityType.PERSON)));
        assertEquals(List.of("Marie-Pierre Dausse:2"), names(mentions("Marie-Pierre Dausse", EntityType.PERSON,
                "Marie-Pierre", EntityType.PERSON)));
        assertEquals(2, names(mentions("Jean Dupont", EntityType.PERSON, "Jean Dupont Moretti", EntityType.PERSON)).size(),
                "two words are a name, not a first name");
    }

    @Test
    void an_acronym_with_its_article_joins_the_full_name() {
        assertEquals(List.of("Commission nationale informatique et libertés:2"), names(mentions(
                "Commission nationale informatique et libertés", EntityType.ORGANIZATION, "La CNIL", EntityType.ORGANIZATION)));
    }

    @Test
    void a_shared_surname_goes_to_the_person_mentioned_last() {
        List<EntityClusterer.Cluster> c = clusterer.cluster(mentions("Hillary Clinton", EntityType.PERSON,
                "Bill Clinton", EntityType.PERSON, "Clinton", EntityType.PERSON));
        assertEquals(2, c.size());
        assertEquals(2, c.get(1).mentions().size());
    }

    @Test
    void accents_case_and_articles_do_not_split_an_entity() {
        assertEquals(List.of("Élysée:2", "le Hamas:2"), names(mentions("Élysée", EntityType.LOCATION,
                "Elysee", EntityType.LOCATION, "le Hamas", EntityType.ORGANIZATION, "Hamas", EntityType.ORGANIZATION)));
    }

    @Test
    void an_acronym_joins_its_organisation() {
        assertEquals(List.of("Organisation des Nations unies:2"), names(mentions(
                "Organisation des Nations unies", EntityType.ORGANIZATION, "ONU", EntityType.ORGANIZATION)));
        // The acronym leaves out the article: the same rule as the mention finder's.
        assertEquals(List.of("The New York Times:2"), names(mentions(
                "The New York Times", EntityType.ORGANIZATION, "NYT", EntityType.ORGANIZATION)));
    }

    @Test
    void people_with_different_names_stay_apart_and_types_go_by_majority() {
        assertEquals(List.of("Pavel Slunkin:1", "Kavaleuski:1"), names(mentions("Pavel Slunkin", EntityType.PERSON,
                "Kavaleuski", EntityType.PERSON)));
        List<EntityClusterer.Cluster> c = clusterer.cluster(mentions("Minsk", EntityType.ORGANIZATION,
                "Minsk", EntityType.LOCATION, "Minsk", EntityType.LOCATION));
        assertEquals(EntityType.LOCATION, c.get(0).type());
    }

    @Test
    void a_word_the_tagger_ran_into_a_name_does_not_rename_the_person() {
        // "le ministre de la Santé Roman Prymula" tagged "Santé Roman Prymula" once; the article then
        // says "Roman Prymula".
        assertEquals(List.of("Roman Prymula:3"), names(mentions("Santé Roman Prymula", EntityType.PERSON,
                "Roman Prymula", EntityType.PERSON, "Roman Prymula", EntityType.PERSON)));
        assertEquals(List.of("Vladimir Poutine:3"), names(mentions("Vladimir Poutine", EntityType.PERSON,
                "Poutine", EntityType.PERSON, "Poutine", EntityType.PERSON)), "a surname alone never names the entity");
    }
}
