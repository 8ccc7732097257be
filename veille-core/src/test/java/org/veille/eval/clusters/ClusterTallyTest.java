package org.veille.eval.clusters;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.eval.quotes.Ratio;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClusterTallyTest {

    private static final String TEXT = "Pavel Slunkin, analyste, juge que la Banque centrale européenne se trompe. "
            + "« C'est une erreur », dit M. Slunkin. La BCE n'a pas répondu ; la BCE répond rarement. "
            + "Selon Anna Ivanova, le gouvernement hésite. Slunkin et Ivanova se connaissent depuis jeudi. "
            + "Jean Morel n'a rien dit.";

    private static final ClusterArticle ARTICLE = new ClusterArticle("a1", TEXT, List.of(
            new GoldEntity("Pavel Slunkin", List.of("M. Slunkin", "l'analyste")),
            new GoldEntity("la Banque centrale européenne", List.of("La BCE")),
            new GoldEntity("Anna Ivanova", List.of()),
            new GoldEntity("le gouvernement", List.of()),
            new GoldEntity("Jean Morel", List.of())));

    /** An entity whose mentions are the given words' occurrences in TEXT, in turn. */
    private static Entity entity(String id, String name, EntityType type, String... words) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (String w : words) {
            int at = TEXT.indexOf(w, from);
            mentions.add(new Mention(w, at, at + w.length()));
            from = at + 1;
        }
        return new Entity(id, name, type, mentions);
    }

    @Test
    void counts_found_split_merged_and_named_entities_and_b_cubed() {
        List<Entity> predicted = List.of(
                entity("e1", "Pavel Slunkin", EntityType.PERSON, "Pavel Slunkin", "M. Slunkin"),
                entity("e2", "Banque centrale européenne", EntityType.ORGANIZATION, "Banque centrale européenne"),
                entity("e3", "BCE", EntityType.ORGANIZATION, "BCE", "BCE"),               // split from e2, and the larger part
                entity("e4", "Anna Ivanova", EntityType.PERSON, "Anna Ivanova", "Slunkin", "Ivanova"), // merges two people
                entity("e5", "Jeudi", EntityType.MISC, "jeudi"));                         // in no gold entity
        ClusterTally tally = new ClusterTally();
        tally.add(ARTICLE, predicted);
        ClusterScores s = tally.result();

        assertEquals(5, s.goldEntities());
        assertEquals(List.of("a1: le gouvernement"), s.unnamed());
        assertEquals(new Ratio(3, 4), s.found(), "Jean Morel is missed");
        assertEquals(new Ratio(2, 3), s.split(), "Slunkin in e1 and e4, the bank in e2 and e3");
        assertEquals(new Ratio(1, 4), s.merged(), "e4 holds Ivanova and Slunkin");
        assertEquals(new Ratio(2, 3), s.name(), "the bank's main entity is e3, named BCE");
        // items: e1 {S, S}, e2 {B}, e3 {B, B}, e4 {I, S, I}; gold S and B have 3 items each, I 2
        assertEquals(5.0 / 6, s.bCubed().precision(), 1e-12);
        assertEquals(2.0 / 3, s.bCubed().recall(), 1e-12);
        assertEquals(5, s.entities());
        assertEquals(9, s.mentions());
        assertEquals(8, s.matched());
        assertEquals(0, s.ambiguous());
        assertEquals(List.of(ClusterFinding.Kind.SPLIT, ClusterFinding.Kind.SPLIT, ClusterFinding.Kind.MISNAMED,
                        ClusterFinding.Kind.MISSED, ClusterFinding.Kind.MERGED),
                s.findings().stream().map(ClusterFinding::kind).toList());
        ClusterFinding misnamed = s.findings().get(2);
        assertEquals(List.of("e3", "e2"), misnamed.predicted().stream().map(Entity::id).toList(), "the main entity first");
        ClusterFinding merged = s.findings().get(4);
        assertEquals(List.of("Pavel Slunkin", "Anna Ivanova"), merged.gold().stream().map(GoldEntity::name).toList());
    }

    @Test
    void one_entity_per_gold_entity_with_its_full_name_is_perfect() {
        List<Entity> predicted = List.of(
                entity("e1", "Pavel Slunkin", EntityType.PERSON, "Pavel Slunkin", "M. Slunkin", "Slunkin"),
                entity("e2", "Banque centrale européenne", EntityType.ORGANIZATION, "Banque centrale européenne", "BCE", "BCE"),
                entity("e3", "Anna Ivanova", EntityType.PERSON, "Anna Ivanova", "Ivanova"),
                entity("e4", "Jean Morel", EntityType.PERSON, "Jean Morel"));
        ClusterTally tally = new ClusterTally();
        tally.add(ARTICLE, predicted);
        ClusterScores s = tally.result();

        assertEquals(new Ratio(4, 4), s.found());
        assertEquals(new Ratio(0, 4), s.split());
        assertEquals(new Ratio(0, 4), s.merged());
        assertEquals(new Ratio(4, 4), s.name());
        assertEquals(1.0, s.bCubed().f1(), 1e-12);
        assertEquals(List.of(), s.findings());
    }
}
