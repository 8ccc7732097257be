package org.veille.store;

/**
 * The index layout: one name per field, what each holds is told in {@code docs/store.md}. Keyword
 * fields ({@code StringField}) are exact; {@code *_key} fields hold {@link org.veille.store.text.NameKey}s.
 */
final class Fields {
    /** article, quote or entity. */
    static final String TYPE = "type";
    /** The article's identity; every document of an article carries it, so one term replaces them all. */
    static final String KEY = "key";
    static final String ID = "id";
    static final String ARTICLE_ID = "article";
    static final String HASH = "hash";
    static final String SIGNATURE = "minhash";
    static final String BAND = "band";
    /** "true" on every document of a copy: default searches and every facet leave them out. */
    static final String COPY = "copy";
    static final String DUPLICATE_OF = "duplicateOf";
    static final String LANGUAGE = "lang";
    static final String OUTLET = "outlet";
    /** Publication day as days since 1970-01-01: a point for ranges, doc values for sorting and the histogram. */
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String TITLE = "title";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_KEY = "speaker_key";
    static final String KIND = "kind";
    static final String ENTITY_TYPE = "entityType";
    static final String ENTITY_ID = "entity_id";
    /** Name keys of every entity the article names, on its article document (children reach it by block join). */
    static final String ABOUT_KEY = "about_key";
    /** Name keys of the entities a quotation itself names. */
    static final String MENTION_KEY = "mention_key";
    /**
     * On article documents, numeric doc values: how many documents of its block come before it (its
     * quotations and entities), so a block join finds them ({@link BlockChildrenQuery}).
     */
    static final String BLOCK_SIZE = "block_size";
    /**
     * The whole record as {@code veille.article/4} JSON, on article documents; without its paragraphs
     * when {@link #BODY_IN_TEXT} says the stored text field holds them ({@link StoredRecord}).
     */
    static final String RECORD = "record";
    static final String BODY_IN_TEXT = "body_in_text";

    /** Facet values: sorted doc values, one value per document (the speaker's, the entity's, the outlet). */
    static final String FACET_SPEAKER = "facet_speaker";
    static final String FACET_ENTITY = "facet_entity";
    static final String FACET_OUTLET = "facet_outlet";

    static final String TRUE = "true";
    static final String UNDETERMINED = "und";

    private Fields() {
    }
}
