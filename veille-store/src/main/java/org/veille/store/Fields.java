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
    /** The record id (a quotation's and an entity's are derived from their article's); stored, never searched. */
    static final String ID = "id";
    /** The article's record id, stored on every document of its block for hits; never searched. */
    static final String ARTICLE_ID = "article";
    /**
     * The article's record id as a keyword, on article documents alone: what {@code ArticleStore.article(id)}
     * looks up. Indexing every quotation's and entity's id too cost a unique term per document that no
     * query ever reads (one field has one indexing choice across all documents, hence a field of its own).
     */
    static final String RECORD_ID = "record_id";
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
    /**
     * The ids, within their article ({@code e3}), of the entities a document is tied to: on the article
     * all of them, on a quotation its speaker, on an entity itself. An id across the index,
     * {@code <record id>/e3}, is this plus the article's {@link #RECORD_ID}: keyed so, the terms are the
     * few dozen local ids shared by every article instead of a new term for every entity ever stored.
     */
    static final String ENTITY_LOCAL = "entity_local";
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
     * The whole record as {@code veille.article/4} JSON in UTF-8 bytes (stored binary: written straight
     * to bytes, never through a string), on article documents; without its paragraphs
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
