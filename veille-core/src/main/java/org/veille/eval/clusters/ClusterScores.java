package org.veille.eval.clusters;

import java.util.List;

import org.veille.eval.PrfScore;
import org.veille.eval.quotes.Ratio;

/**
 * A clustering run scored (definitions in {@link ClusterTally}).
 *
 * @param articles       how many articles were scored
 * @param goldEntities   the gold entities of all articles
 * @param unnamed        the gold entities left out because the article gives them no proper name
 *                       ("le gouvernement"), as "article: name"
 * @param found          named gold entities that some mention of Veille's matches
 * @param split          found gold entities whose mentions fall in two or more of Veille's entities
 * @param merged         Veille's entities matching a gold entity that match two or more
 * @param name           found gold entities whose Veille entity bears the canonical name
 * @param bCubed         B-cubed precision, recall and F1 over the mentions matched to a gold entity
 * @param entities       Veille's entities, all articles
 * @param mentions       their mentions
 * @param matched        mentions matched to exactly one gold entity (the B-cubed items)
 * @param ambiguous      mentions left out because they match two gold entities equally
 * @param findings       every error, in article order
 */
public record ClusterScores(int articles, int goldEntities, List<String> unnamed, Ratio found, Ratio split, Ratio merged,
                            Ratio name, PrfScore bCubed, int entities, int mentions, int matched, int ambiguous,
                            List<ClusterFinding> findings) {
    public ClusterScores {
        unnamed = List.copyOf(unnamed);
        findings = List.copyOf(findings);
    }
}
