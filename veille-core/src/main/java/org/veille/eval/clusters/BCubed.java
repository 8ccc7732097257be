package org.veille.eval.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.veille.eval.PrfScore;

/**
 * B-cubed precision and recall (Bagga and Baldwin, 1998) of a clustering of items against the gold
 * one: for each item, the share of its predicted cluster that is in its gold cluster (precision) and
 * the share of its gold cluster that is in its predicted cluster (recall), averaged over all items.
 * Items are added one article at a time (clusters never span articles). Not thread-safe.
 */
final class BCubed {
    private double precision;
    private double recall;
    private int items;

    /**
     * Adds one article's items: item i is in gold cluster {@code gold.get(i)} and predicted cluster
     * {@code predicted.get(i)}.
     */
    void add(List<?> gold, List<?> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels for " + predicted.size() + " items");
        }
        Map<Object, Integer> goldSize = new HashMap<>();
        Map<Object, Integer> predictedSize = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
            both.merge(pair(gold.get(i), predicted.get(i)), 1, Integer::sum);
        }
        for (int i = 0; i < gold.size(); i++) {
            double shared = both.get(pair(gold.get(i), predicted.get(i)));
            precision += shared / predictedSize.get(predicted.get(i));
            recall += shared / goldSize.get(gold.get(i));
        }
        items += gold.size();
    }

    private static List<Object> pair(Object gold, Object predicted) {
        return List.of(Objects.requireNonNull(gold), Objects.requireNonNull(predicted));
    }

    int items() {
        return items;
    }

    /** The averages; 0 for both when there were no items. */
    PrfScore score() {
        return items == 0 ? PrfScore.of(0, 0) : PrfScore.of(precision / items, recall / items);
    }
}
