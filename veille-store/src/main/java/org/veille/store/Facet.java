package org.veille.store;

/**
 * What {@link ArticleStore#top} counts, and over which documents: speakers over quotations (named
 * speakers only: unnamed sources such as "un initié" are not people to rank), entities over entity
 * documents (so an entity counts once per article naming it), outlets over articles unless the query
 * names another type.
 */
public enum Facet {
    SPEAKERS(RecordType.QUOTE), ENTITIES(RecordType.ENTITY), OUTLETS(null);

    private final RecordType counted;

    Facet(RecordType counted) {
        this.counted = counted;
    }

    /** The document type this facet counts, or null when the query decides (articles by default). */
    RecordType counted() {
        return counted;
    }
}
