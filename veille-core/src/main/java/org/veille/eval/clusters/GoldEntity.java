package org.veille.eval.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person or organisation the gold says an article quotes, with the other ways the article refers to
 * it: the gold for clustering is "all of these are one entity, named {@code name}".
 *
 * @param name    the canonical name, at its fullest in the article ("Vladimir Poutine", "le Hamas")
 * @param aliases the other names and descriptions of it gathered from the quotes it speaks ("Poutine",
 *                "le président"), without pronouns and without repeats
 */
public record GoldEntity(String name, List<String> aliases) {
    public GoldEntity {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** The canonical name, then the aliases. */
    public List<String> forms() {
        List<String> forms = new ArrayList<>(aliases.size() + 1);
        forms.add(name);
        forms.addAll(aliases);
        return forms;
    }

    /**
     * Whether the article names it: its name or one of its aliases is a proper name (not "le
     * gouvernement", not "la ministre") and occurs in {@code text}. Only such entities can be asked of
     * a named-entity tagger.
     */
    public boolean namedIn(String text) {
        return !namesIn(text).isEmpty();
    }

    /** Its forms that are proper names and occur in {@code text}, in the order of {@link #forms()}. */
    public List<String> namesIn(String text) {
        return forms().stream().filter(f -> ClusterNames.isProperName(f) && ClusterNames.occursIn(f, text)).toList();
    }
}
