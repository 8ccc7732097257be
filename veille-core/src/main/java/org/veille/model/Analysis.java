package org.veille.model;

import java.util.List;

/**
 * The analysis layer of an article: who and what it names, who says what, and when.
 *
 * @param entities people, organisations, places and other names, one per real thing
 * @param quotes   quotations in reading order, the headline's first
 * @param dates    the body's date expressions in reading order, normalised
 */
public record Analysis(List<Entity> entities, List<Quote> quotes, List<DateMention> dates) {
    public Analysis {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
    }

    /** An empty layer: the article was analysed and nothing was found (or its language has no models). */
    public static Analysis empty() {
        return new Analysis(List.of(), List.of(), List.of());
    }
}
