package org.veille.model;

import java.util.List;

/**
 * The analysis layer of an article: who and what it names, and who says what.
 *
 * @param entities people, organisations, places and other names, one per real thing
 * @param quotes   quotations in reading order, the headline's first
 */
public record Analysis(List<Entity> entities, List<Quote> quotes) {
    public Analysis {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
