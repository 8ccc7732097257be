package org.veille.analyse.quotes;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.veille.analyse.entities.EntityClusterer;
import org.veille.analyse.entities.FoundMention;
import org.veille.model.EntityType;

/**
 * Learns how an article describes its people and organisations, so that a later description names
 * them: "Pavel Slunkin, l'analyste du centre…" makes "l'analyste" Pavel Slunkin; "le président russe
 * Vladimir Poutine" makes "le président russe" Vladimir Poutine. Only descriptions set right beside a
 * name count, the way a reader learns them.
 */
final class Appositions {
    private static final int MAX_WORDS = 6;

    private Appositions() {
    }

    /** Alias keys ({@link SpeakerResolver#aliasKey}) to cluster indexes; a description used for two entities is dropped. */
    static Map<String, Integer> learn(Words words, List<EntityClusterer.Cluster> clusters, Grammar grammar, String text) {
        Map<String, Integer> aliases = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        // The characters names cover: a capitalised word outside them is a title ("Premier ministre").
        BitSet named = new BitSet(text.length());
        clusters.forEach(c -> c.mentions().forEach(m -> named.set(m.start(), m.end())));
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).type() == EntityType.LOCATION || clusters.get(c).type() == EntityType.MISC) {
                continue;
            }
            for (FoundMention m : clusters.get(c).mentions()) {
                int after = words.atOrAfter(m.end());
                if (words.lower(after).equals(",") && grammar.determiners().contains(words.lower(after + 1))) {
                    int end = after + 1;
                    while (end + 1 < words.size() && end - after < MAX_WORDS && !Words.isPunctuation(words.lower(end + 1))
                            && !grammar.clauseStops().contains(words.lower(end + 1))) {
                        end++;
                    }
                    if (end > after + 1) {
                        put(aliases, ambiguous, text.substring(words.get(after + 1).start(), words.get(end).end()), c, grammar);
                    }
                }
                int before = words.endingBefore(m.start() + 1) - 1;
                int first = before;
                while (first >= 0 && before - first < 4 && !grammar.determiners().contains(words.lower(first))
                        && (isLowerWord(words, first) || !named.get(words.get(first).start()))) {
                    first--;
                }
                if (first >= 0 && first < before && grammar.determiners().contains(words.lower(first))) {
                    put(aliases, ambiguous, text.substring(words.get(first).start(), words.get(before).end()), c, grammar);
                }
            }
        }
        ambiguous.keySet().forEach(aliases::remove);
        return aliases;
    }

    private static boolean isLowerWord(Words words, int i) {
        String t = words.get(i).text();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    private static void put(Map<String, Integer> aliases, Map<String, Boolean> ambiguous, String description, int cluster,
                            Grammar grammar) {
        String key = SpeakerResolver.aliasKey(description, grammar);
        Integer known = aliases.putIfAbsent(key, cluster);
        if (known != null && known != cluster) {
            ambiguous.put(key, true);
        }
    }
}
