package org.veille.eval.clusters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.veille.eval.quotes.Ratio;
import org.veille.model.Entity;
import org.veille.model.Mention;

/**
 * Scores Veille's entities against the clustering gold, one article at a time.
 *
 * <p>The gold is the entities an article quotes, each with its canonical name and aliases
 * ({@link GoldEntity}); only those the article names with a proper name are scored, since a tagger
 * cannot find "le gouvernement". It marks no mention offsets, so each of Veille's mentions is tied to
 * a gold entity by its text ({@link GoldNameMatcher}: same folded name, a person's surname or first
 * name, the proper name that ends a description, or the name with words run in). An entity of
 * Veille's <em>matches</em> a gold entity when one of its mentions does (its name is one of its
 * mentions' texts, less a title). Then:
 * <ul>
 *   <li><b>found</b>: named gold entities that some entity matches;</li>
 *   <li><b>split</b>: found gold entities whose matching mentions fall in two or more entities;</li>
 *   <li><b>merged</b>: entities matching some gold entity that match two or more;</li>
 *   <li><b>name</b>: found gold entities whose entity (the one holding most of their mentions, the
 *       first on a tie) is named the canonical name, both folded ({@link ClusterNames#fold}: case,
 *       apostrophes, a leading article as in "le Hamas" = "Hamas", a courtesy title);</li>
 *   <li><b>B-cubed</b> precision, recall and F1 over the matched mentions, the gold cluster of a mention
 *       being its gold entity and its predicted cluster Veille's entity ({@link BCubed}). Precision
 *       falls with merges, recall with splits; mentions of nothing in the gold do not count.</li>
 * </ul>
 * Not thread-safe: one tally per run, fed in article order so that the findings read in order.
 */
public final class ClusterTally {
    private final BCubed bCubed = new BCubed();
    private final List<String> unnamed = new ArrayList<>();
    private final List<ClusterFinding> findings = new ArrayList<>();
    private int articles;
    private int goldEntities;
    private int named;
    private int found;
    private int split;
    private int matching;
    private int merged;
    private int rightName;
    private int entities;
    private int mentions;
    private int matched;
    private int ambiguous;

    /** Scores one article's entities, whose mentions are in the article's gold text. */
    public void add(ClusterArticle article, List<Entity> predicted) {
        articles++;
        goldEntities += article.entities().size();
        List<GoldEntity> gold = new ArrayList<>();
        for (GoldEntity g : article.entities()) {
            if (g.namedIn(article.text())) {
                gold.add(g);
            } else {
                unnamed.add(article.id() + ": " + g.name());
            }
        }
        named += gold.size();
        entities += predicted.size();
        GoldNameMatcher matcher = new GoldNameMatcher(gold);
        // per gold entity: how many of its mentions each predicted entity holds, in order of entity
        List<Map<Integer, Integer>> holders = new ArrayList<>();
        gold.forEach(g -> holders.add(new LinkedHashMap<>()));
        List<TreeSet<Integer>> goldOf = new ArrayList<>();
        List<Integer> goldLabels = new ArrayList<>();
        List<Integer> predictedLabels = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            goldOf.add(new TreeSet<>());
            for (Mention m : predicted.get(p).mentions()) {
                mentions++;
                int g = matcher.match(m.text());
                if (g == GoldNameMatcher.AMBIGUOUS) {
                    ambiguous++;
                }
                if (g < 0) {
                    continue;
                }
                matched++;
                holders.get(g).merge(p, 1, Integer::sum);
                goldOf.get(p).add(g);
                goldLabels.add(g);
                predictedLabels.add(p);
            }
        }
        bCubed.add(goldLabels, predictedLabels);
        for (int g = 0; g < gold.size(); g++) {
            GoldEntity entity = gold.get(g);
            Map<Integer, Integer> held = holders.get(g);
            if (held.isEmpty()) {
                findings.add(new ClusterFinding(article.id(), ClusterFinding.Kind.MISSED, List.of(entity), List.of()));
                continue;
            }
            found++;
            List<Entity> holding = new ArrayList<>();
            held.keySet().forEach(p -> holding.add(predicted.get(p)));
            if (held.size() > 1) {
                split++;
                findings.add(new ClusterFinding(article.id(), ClusterFinding.Kind.SPLIT, List.of(entity), holding));
            }
            int main = mainHolder(held);
            if (ClusterNames.fold(predicted.get(main).name()).equals(ClusterNames.fold(entity.name()))) {
                rightName++;
            } else {
                List<Entity> mainFirst = new ArrayList<>(holding);
                mainFirst.remove(predicted.get(main));
                mainFirst.add(0, predicted.get(main));
                findings.add(new ClusterFinding(article.id(), ClusterFinding.Kind.MISNAMED, List.of(entity), mainFirst));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (goldOf.get(p).isEmpty()) {
                continue;
            }
            matching++;
            if (goldOf.get(p).size() > 1) {
                merged++;
                findings.add(new ClusterFinding(article.id(), ClusterFinding.Kind.MERGED,
                        goldOf.get(p).stream().map(gold::get).toList(), List.of(predicted.get(p))));
            }
        }
    }

    /** The entity holding the most mentions, the first one on a tie. */
    private static int mainHolder(Map<Integer, Integer> held) {
        int best = -1;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : held.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    public ClusterScores result() {
        return new ClusterScores(articles, goldEntities, unnamed, new Ratio(found, named), new Ratio(split, found),
                new Ratio(merged, matching), new Ratio(rightName, found), bCubed.score(), entities, mentions,
                matched, ambiguous, findings);
    }
}
