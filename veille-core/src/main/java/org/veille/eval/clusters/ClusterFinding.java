package org.veille.eval.clusters;

import java.util.List;
import java.util.Objects;

import org.veille.model.Entity;

/**
 * One clustering error, for reading what went wrong.
 *
 * @param article   the article's id
 * @param kind      what went wrong
 * @param gold      the gold entity (two or more for {@link Kind#MERGED})
 * @param predicted Veille's entities involved: those holding the gold entity's mentions (the main one
 *                  first for {@link Kind#MISNAMED}), the one entity for {@link Kind#MERGED}, none for
 *                  {@link Kind#MISSED}
 */
public record ClusterFinding(String article, Kind kind, List<GoldEntity> gold, List<Entity> predicted) {
    public enum Kind {
        /** A gold entity's mentions fall in two or more of Veille's entities. */
        SPLIT,
        /** One of Veille's entities holds mentions of two or more gold entities. */
        MERGED,
        /** Veille's entity for a gold entity is not named with the gold's canonical name. */
        MISNAMED,
        /** A gold entity the article names that no mention of Veille's matches. */
        MISSED
    }

    public ClusterFinding {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
    }
}
