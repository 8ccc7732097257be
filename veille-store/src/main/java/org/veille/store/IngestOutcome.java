package org.veille.store;

/** What storing one record did. */
public enum IngestOutcome {
    /** A new article. */
    NEW,
    /** Seen before with the same content: nothing written. */
    UNCHANGED,
    /** Seen before with other content: the article and its quotes and entities were replaced. */
    REPLACED,
    /** Stored as a copy of another article (same or nearly the same body at another address). */
    DUPLICATE,
    /** An error record: not an article, not stored. */
    ERROR
}
