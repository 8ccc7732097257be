package org.veille.eval.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.veille.eval.PrfScore;

/**
 * conlleval's measure: exact-span micro precision, recall and F1, overall and per entity type. An
 * entity counts as found only when type, first and last token all agree. Not thread-safe: one per run.
 */
public final class SpanScores {
    private final Map<String, int[]> byType = new TreeMap<>(); // found, predicted, gold

    /** Adds one sentence's gold and predicted entities. */
    public void add(List<EntitySpan> gold, List<EntitySpan> predicted) {
        Set<EntitySpan> goldSet = new HashSet<>(gold);
        for (EntitySpan p : predicted) {
            int[] n = byType.computeIfAbsent(p.type(), t -> new int[3]);
            n[1]++;
            if (goldSet.contains(p)) {
                n[0]++;
            }
        }
        for (EntitySpan g : gold) {
            byType.computeIfAbsent(g.type(), t -> new int[3])[2]++;
        }
    }

    /** The score of one type, or of all types with {@code null}. */
    public PrfScore score(String type) {
        int found = 0;
        int predicted = 0;
        int gold = 0;
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            if (type == null || type.equals(e.getKey())) {
                found += e.getValue()[0];
                predicted += e.getValue()[1];
                gold += e.getValue()[2];
            }
        }
        return PrfScore.of(predicted == 0 ? 0 : (double) found / predicted, gold == 0 ? 0 : (double) found / gold);
    }

    /** The types seen, sorted. */
    public Set<String> types() {
        return byType.keySet();
    }

    /** How many gold entities of a type (all with null). */
    public int gold(String type) {
        return byType.entrySet().stream().filter(e -> type == null || type.equals(e.getKey()))
                .mapToInt(e -> e.getValue()[2]).sum();
    }
}
