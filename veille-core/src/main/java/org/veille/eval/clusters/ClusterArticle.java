package org.veille.eval.clusters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.veille.eval.quotes.GoldArticle;
import org.veille.eval.quotes.GoldQuote;

/**
 * One gold article for clustering: its text and the entities it quotes.
 *
 * @param id       the set's identifier for the article
 * @param text     the article text, its title as the first paragraph
 * @param entities the quoted persons and organisations, in the gold's order
 */
public record ClusterArticle(String id, String text, List<GoldEntity> entities) {
    public ClusterArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
    }

    /**
     * The clustering gold of a quotation article: each entity the gold lists ({@code names}), with the
     * aliases of every quote it speaks. The gold lists entities and speakers separately, so a speaker is
     * tied to its entity by name, folded ("l’armée israélienne" = "l'armée israélienne"); anonymous
     * sources are not entities and tie to none.
     */
    public static ClusterArticle of(GoldArticle article, List<String> names) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String name : names) {
            aliases.put(name, new LinkedHashSet<>());
            byFolded.putIfAbsent(ClusterNames.fold(name), name);
        }
        for (GoldQuote q : article.quotes()) {
            if (q.speaker() == null || q.anonymous()) {
                continue;
            }
            String name = aliases.containsKey(q.speaker()) ? q.speaker() : byFolded.get(ClusterNames.fold(q.speaker()));
            if (name != null) {
                aliases.get(name).addAll(q.aliases());
            }
        }
        List<GoldEntity> entities = new ArrayList<>();
        aliases.forEach((name, forms) -> {
            forms.remove(name);
            entities.add(new GoldEntity(name, new ArrayList<>(forms)));
        });
        return new ClusterArticle(article.id(), article.text(), entities);
    }
}
