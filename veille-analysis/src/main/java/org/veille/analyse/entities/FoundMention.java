package org.veille.analyse.entities;

import java.util.Objects;

import org.veille.model.EntityType;

/**
 * A name found in the text before mentions are grouped into entities.
 *
 * @param text  the name as written
 * @param start char offset in the analysed text
 * @param end   exclusive char offset
 * @param type  what the tagger (or a correction) says it names
 */
public record FoundMention(String text, int start, int end, EntityType type) {
    public FoundMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
