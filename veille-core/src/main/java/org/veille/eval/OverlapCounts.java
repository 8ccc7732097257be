package org.veille.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Multiset overlap between what the truth holds and what was predicted: tp = sum of the smaller count of
 * each item, fp = the predicted surplus, fn = the truth surplus (Python's {@code Counter} {@code &} and
 * {@code -}). Shared by the shingle and the bag-of-words metrics, which differ only in their items.
 */
public record OverlapCounts(long tp, long fp, long fn) {

    public static <T> OverlapCounts between(Collection<T> truthItems, Collection<T> predictedItems) {
        Map<T, Long> truth = counts(truthItems);
        Map<T, Long> predicted = counts(predictedItems);
        long tp = 0;
        long fp = 0;
        for (Map.Entry<T, Long> e : predicted.entrySet()) {
            long inTruth = truth.getOrDefault(e.getKey(), 0L);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        // Every truth item not matched is a miss: truth total minus what was matched.
        long fn = truthItems.size() - tp;
        return new OverlapCounts(tp, fp, fn);
    }

    private static <T> Map<T, Long> counts(Collection<T> items) {
        Map<T, Long> counts = new HashMap<>();
        for (T item : items) {
            counts.merge(item, 1L, Long::sum);
        }
        return counts;
    }
}
