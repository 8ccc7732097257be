package org.veille.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or other named thing of one article, with every mention of it: "M.
 * Slunkin" and "Pavel Slunkin" are one entity.
 *
 * @param id       identifier within the article ("e1", "e2"...), referred to by quotations
 * @param name     its fullest name in the article
 * @param type     what kind of thing it is
 * @param mentions where the article names it, in text order
 */
public record Entity(String id, String name, EntityType type, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }
}
