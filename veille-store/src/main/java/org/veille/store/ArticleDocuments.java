package org.veille.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.veille.model.Analysis;
import org.veille.model.ArticleRecord;
import org.veille.model.Entity;
import org.veille.model.Extraction;
import org.veille.model.Mention;
import org.veille.model.Quote;
import org.veille.output.ArticleJson;
import org.veille.store.identity.ArticleKey;
import org.veille.store.identity.NearDuplicates;
import org.veille.store.text.NameKey;
import org.veille.store.text.TextAnalysis;

/**
 * Turns one article record into its Lucene documents: one per quotation, one per entity, then the
 * article, last (the block order Lucene's block joins expect). Each carries the article's context
 * (key, language, outlet, day, title, URL) so that those filters work on every type without a join.
 * The names of the entities an article mentions ({@link Fields#ABOUT_KEY}, a score of terms per
 * article) are on the article alone: its quotations and entities reach them through a block join
 * ({@link QueryTranslator}), which spares indexing them again on every document of the block.
 */
final class ArticleDocuments {
    /**
     * Searchable text, stored for display. Positions (for phrases) but no offsets in the postings: the
     * highlighter re-analyses the stored text of the page of hits it marks up, which costs less than
     * writing offsets for every word at ingest (about 8% of ingest per core, measured in docs/store.md).
     */
    private static final FieldType TEXT = textType();

    private final ArticleJson json = new ArticleJson();

    /**
     * The documents of {@code record}.
     *
     * @param signature   the body's MinHash signature, or null when too short
     * @param duplicateOf the key of the article this one copies, or null for an original
     */
    List<Document> build(ArticleRecord record, ArticleKey key, String hash, long[] signature, String duplicateOf) {
        Extraction article = record.extraction();
        Analysis analysis = record.analysis() == null ? Analysis.empty() : record.analysis();
        String language = record.language() == null || record.language().language() == null
                ? Fields.UNDETERMINED : record.language().language();
        String textField = TextAnalysis.fieldFor(language);
        Map<String, Entity> entities = new HashMap<>();
        // By identity: an entity is one object of this record, and hashing its mentions would cost for nothing.
        Map<Entity, String> nameKeys = new IdentityHashMap<>();
        for (Entity entity : analysis.entities()) {
            entities.put(entity.id(), entity);
            String nameKey = NameKey.of(entity.name());
            if (nameKey != null) {
                nameKeys.put(entity, nameKey);
            }
        }
        // Every written form's key, once per entity: quotes look their speaker's up here.
        Map<Entity, Set<String>> writtenKeys = new IdentityHashMap<>();
        Set<String> aboutKeys = new LinkedHashSet<>(nameKeys.values());
        for (Entity entity : analysis.entities()) {
            Set<String> keys = NameKey.writtenKeys(entity);
            writtenKeys.put(entity, keys);
            aboutKeys.addAll(keys);
        }
        Context context = new Context(record, key, language, publicationDay(article.published()), duplicateOf);

        List<Document> docs = new ArrayList<>(1 + analysis.quotes().size() + analysis.entities().size());
        List<Quote> quotes = analysis.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            docs.add(quote(context, i, quotes.get(i), entities, nameKeys, writtenKeys, textField));
        }
        for (Entity entity : analysis.entities()) {
            String id = entityId(record, entity.id());
            Document e = context.document(RecordType.ENTITY, id);
            e.add(new Field(textField, entity.name(), TEXT));
            e.add(new StringField(Fields.ENTITY_TYPE, entity.type().name(), Field.Store.YES));
            e.add(new StringField(Fields.ENTITY_LOCAL, entity.id(), Field.Store.NO));
            if (!entity.name().isBlank() && context.counted()) {
                e.add(new SortedDocValuesField(Fields.FACET_ENTITY, new BytesRef(entity.name())));
            }
            docs.add(e);
        }

        Document doc = context.document(RecordType.ARTICLE, record.id());
        for (String about : aboutKeys) {
            doc.add(new StringField(Fields.ABOUT_KEY, about, Field.Store.NO));
        }
        doc.add(new NumericDocValuesField(Fields.BLOCK_SIZE, docs.size()));
        doc.add(new StringField(Fields.HASH, hash, Field.Store.YES));
        String body = article.text();
        doc.add(new Field(textField, article.title() == null ? body : article.title() + Extraction.PARAGRAPH_SEPARATOR + body, TEXT));
        if (StoredRecord.bodyRestorable(article, body)) {
            // The body is stored once, in the text field; the record is stored without its paragraphs.
            doc.add(new StoredField(Fields.RECORD, new BytesRef(json.toUtf8(StoredRecord.withoutBody(record)))));
            doc.add(new StoredField(Fields.BODY_IN_TEXT, Fields.TRUE));
        } else {
            doc.add(new StoredField(Fields.RECORD, new BytesRef(json.toUtf8(record))));
        }
        for (Entity entity : analysis.entities()) {
            doc.add(new StringField(Fields.ENTITY_LOCAL, entity.id(), Field.Store.NO));
        }
        if (signature != null) {
            doc.add(new StoredField(Fields.SIGNATURE, NearDuplicates.toBytes(signature)));
            if (duplicateOf == null) {
                // Only originals are candidates: a copy of a copy is filed under the first article.
                for (BytesRef band : NearDuplicates.bands(signature)) {
                    doc.add(new StringField(Fields.BAND, band, Field.Store.NO));
                }
            }
        }
        docs.add(doc);
        return docs;
    }

    private static Document quote(Context context, int index, Quote quote, Map<String, Entity> entities,
                                  Map<Entity, String> nameKeys, Map<Entity, Set<String>> writtenKeys, String textField) {
        Document doc = context.document(RecordType.QUOTE, context.record.id() + "/q" + (index + 1));
        doc.add(new Field(textField, quote.text(), TEXT));
        doc.add(new StringField(Fields.KIND, quote.kind().wireName(), Field.Store.YES));
        Entity speaker = quote.speakerEntity() == null ? null : entities.get(quote.speakerEntity());
        String name = speaker != null ? speaker.name() : quote.speaker();
        if (name != null) {
            doc.add(new StoredField(Fields.SPEAKER, name));
        }
        Set<String> speakerKeys = new LinkedHashSet<>();
        speakerKeys.add(NameKey.of(quote.speaker()));
        if (speaker != null) {
            speakerKeys.addAll(writtenKeys.get(speaker));
        }
        speakerKeys.remove(null);
        for (String nameKey : speakerKeys) {
            doc.add(new StringField(Fields.SPEAKER_KEY, nameKey, Field.Store.NO));
        }
        if (speaker != null) {
            doc.add(new StringField(Fields.ENTITY_LOCAL, speaker.id(), Field.Store.NO));
            if (!speaker.name().isBlank() && context.counted()) {
                doc.add(new SortedDocValuesField(Fields.FACET_SPEAKER, new BytesRef(speaker.name())));
            }
        }
        for (Map.Entry<Entity, String> named : nameKeys.entrySet()) {
            if (namedIn(quote, named.getKey())) {
                doc.add(new StringField(Fields.MENTION_KEY, named.getValue(), Field.Store.NO));
            }
        }
        return doc;
    }

    /**
     * Whether a quotation itself names the entity: a mention inside its span in the body, or, for a
     * headline quote (whose offsets point into the title, where no mention is recorded), one of the
     * entity's written forms among its words.
     */
    private static boolean namedIn(Quote quote, Entity entity) {
        for (Mention mention : entity.mentions()) {
            if (quote.inTitle() ? containsWords(quote.text(), mention.text())
                    : mention.start() >= quote.start() && mention.end() <= quote.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWords(String text, String words) {
        String haystack = " " + NameKey.of(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String needle = NameKey.of(words);
        return needle != null && haystack.contains(" " + needle.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
    }

    /** The entity's id across the index: entity ids ({@code e3}) are numbered per article. */
    static String entityId(ArticleRecord record, String entityId) {
        return record.id() + "/" + entityId;
    }

    /** The day part of a {@code published} value ("2023-02-21" or a full timestamp), as written. */
    static LocalDate publicationDay(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        // By hand for the ISO shape every record has (the general parser cost more than the rest of the
        // article's context); anything else goes to the parser.
        if (published.charAt(4) == '-' && published.charAt(7) == '-' && digits(published, 0, 4) && digits(published, 5, 7)
                && digits(published, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(published, 0, 4, 10), Integer.parseInt(published, 5, 7, 10),
                        Integer.parseInt(published, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The article facts every one of its documents carries, as fields built once per article and
     * added to each document of its block: a field holds no per-document state, and building them
     * once spares encoding the same key, outlet and dates some thirty times.
     */
    private static final class Context {
        final ArticleRecord record;
        final String duplicateOf;
        private final List<IndexableField> shared = new ArrayList<>();

        Context(ArticleRecord record, ArticleKey key, String language, LocalDate day, String duplicateOf) {
            this.record = record;
            this.duplicateOf = duplicateOf;
            Extraction article = record.extraction();
            // The article's record id is read from every hit, never searched: stored, not indexed.
            shared.add(new StoredField(Fields.ARTICLE_ID, record.id()));
            shared.add(new StringField(Fields.KEY, key.value(), Field.Store.YES));
            shared.add(new StringField(Fields.LANGUAGE, language.toLowerCase(Locale.ROOT), Field.Store.YES));
            if (key.outlet() != null) {
                shared.add(new StringField(Fields.OUTLET, key.outlet(), Field.Store.YES));
                if (counted()) {
                    shared.add(new SortedDocValuesField(Fields.FACET_OUTLET, new BytesRef(key.outlet())));
                }
            }
            if (day != null) {
                long epochDay = day.toEpochDay();
                shared.add(new LongPoint(Fields.DAY, epochDay));
                shared.add(new NumericDocValuesField(Fields.DAY, epochDay));
            }
            if (article.published() != null) {
                shared.add(new StoredField(Fields.PUBLISHED, article.published()));
            }
            if (article.title() != null) {
                shared.add(new StoredField(Fields.TITLE, article.title()));
            }
            if (duplicateOf != null) {
                shared.add(new StringField(Fields.COPY, Fields.TRUE, Field.Store.NO));
                shared.add(new StoredField(Fields.DUPLICATE_OF, duplicateOf));
            }
        }

        /**
         * Whether this article's documents carry facet values: copies never count, so they carry none,
         * and a facet over the whole index can then read the doc values alone, with no query.
         */
        boolean counted() {
            return duplicateOf == null;
        }

        Document document(RecordType type, String id) {
            Document doc = new Document();
            doc.add(new StringField(Fields.TYPE, type.wireName(), Field.Store.YES));
            doc.add(new StoredField(Fields.ID, id));
            if (type == RecordType.ARTICLE) {
                // Only articles are looked up by id; an entity is found by its entity_id.
                doc.add(new StringField(Fields.RECORD_ID, id, Field.Store.NO));
            }
            for (IndexableField field : shared) {
                doc.add(field);
            }
            return doc;
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
