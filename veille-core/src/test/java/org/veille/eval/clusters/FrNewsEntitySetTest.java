package org.veille.eval.clusters;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.eval.SharedEvalData;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.Mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the real set (skips without {@code ../shared}) and checks that the gold scores perfectly against itself. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrNewsEntitySetTest {

    @Test
    void reads_every_article_with_its_entities_and_their_aliases() {
        List<ClusterArticle> articles = FrNewsEntitySet.read(SharedEvalData.quoteSet("fr-news-dev"));
        assertEquals(12, articles.size());
        assertTrue(articles.stream().mapToInt(a -> a.entities().size()).sum() > 50);
        assertTrue(articles.stream().flatMap(a -> a.entities().stream()).filter(e -> !e.aliases().isEmpty()).count() > 20);
    }

    /**
     * One entity per gold entity, named with its canonical name and mentioned by every form the article
     * names it with: all of those must count as found, whole and rightly named.
     */
    @Test
    void the_gold_entities_score_perfectly_against_themselves() {
        ClusterTally tally = new ClusterTally();
        for (ClusterArticle a : FrNewsEntitySet.read(SharedEvalData.quoteSet("fr-news-dev"))) {
            List<Entity> predicted = new ArrayList<>();
            for (GoldEntity g : a.entities()) {
                List<Mention> mentions = g.forms().stream().map(f -> new Mention(f, 0, f.length())).toList();
                predicted.add(new Entity("e" + (predicted.size() + 1), g.name(), EntityType.MISC, mentions));
            }
            tally.add(a, predicted);
        }
        ClusterScores s = tally.result();
        assertEquals(1.0, s.found().value(), 1e-12);
        assertEquals(0.0, s.split().value(), 1e-12);
        assertEquals(0.0, s.merged().value(), 1e-12);
        assertEquals(1.0, s.name().value(), 1e-12);
        assertEquals(1.0, s.bCubed().f1(), 1e-12);
        assertTrue(s.found().total() < s.goldEntities(), "some gold entities have no proper name in the text");
    }
}
