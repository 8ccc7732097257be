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
 * Turns one article record into its Lucene documents: the article first, then one per quotation and
 * one per entity. Each carries the article's context (key, language, outlet, day, title, URL, the
 * names of every entity it mentions) so that every filter works on every type without a join.
 */
final class ArticleDocuments {
    /** Searchable text, stored for display, with offsets in the postings so highlighting needs no re-analysis. */
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
        Set<String> aboutKeys = new LinkedHashSet<>(nameKeys.values());
        Context context = new Context(record, key, language, publicationDay(article.published()), aboutKeys, duplicateOf);

        List<Document> docs = new ArrayList<>(1 + analysis.quotes().size() + analysis.entities().size());
        Document doc = context.document(RecordType.ARTICLE, record.id());
        doc.add(new StringField(Fields.HASH, hash, Field.Store.YES));
        doc.add(new Field(textField, article.title() == null ? article.text()
                : article.title() + Extraction.PARAGRAPH_SEPARATOR + article.text(), TEXT));
        doc.add(new StoredField(Fields.RECORD, json.toJson(record)));
        for (Entity entity : analysis.entities()) {
            doc.add(new StringField(Fields.ENTITY_ID, entityId(record, entity.id()), Field.Store.NO));
        }
        if (signature != null) {
            doc.add(new StoredField(Fields.SIGNATURE, NearDuplicates.toBytes(signature)));
            if (duplicateOf == null) {
                // Only originals are candidates: a copy of a copy is filed under the first article.
                for (String band : NearDuplicates.bands(signature)) {
                    doc.add(new StringField(Fields.BAND, band, Field.Store.NO));
                }
            }
        }
        docs.add(doc);

        List<Quote> quotes = analysis.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            docs.add(quote(context, i, quotes.get(i), entities, nameKeys, textField));
        }
        for (Entity entity : analysis.entities()) {
            Document e = context.document(RecordType.ENTITY, entityId(record, entity.id()));
            e.add(new Field(textField, entity.name(), TEXT));
            e.add(new StringField(Fields.ENTITY_TYPE, entity.type().name(), Field.Store.YES));
            e.add(new StringField(Fields.ENTITY_ID, entityId(record, entity.id()), Field.Store.NO));
            if (!entity.name().isBlank()) {
                e.add(new SortedDocValuesField(Fields.FACET_ENTITY, new BytesRef(entity.name())));
            }
            docs.add(e);
        }
        return docs;
    }

    private static Document quote(Context context, int index, Quote quote, Map<String, Entity> entities,
                                  Map<Entity, String> nameKeys, String textField) {
        Document doc = context.document(RecordType.QUOTE, context.record.id() + "/q" + (index + 1));
        doc.add(new Field(textField, quote.text(), TEXT));
        doc.add(new StringField(Fields.KIND, quote.kind().wireName(), Field.Store.YES));
        Entity speaker = quote.speakerEntity() == null ? null : entities.get(quote.speakerEntity());
        String name = speaker != null ? speaker.name() : quote.speaker();
        if (name != null) {
            doc.add(new StoredField(Fields.SPEAKER, name));
        }
        for (String said : new String[] {quote.speaker(), speaker == null ? null : speaker.name()}) {
            String nameKey = NameKey.of(said);
            if (nameKey != null) {
                doc.add(new StringField(Fields.SPEAKER_KEY, nameKey, Field.Store.NO));
            }
        }
        if (speaker != null) {
            doc.add(new StringField(Fields.ENTITY_ID, entityId(context.record, speaker.id()), Field.Store.NO));
            if (!speaker.name().isBlank()) {
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
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The article facts every one of its documents carries. */
    private record Context(ArticleRecord record, ArticleKey key, String language, LocalDate day,
                           Set<String> aboutKeys, String duplicateOf) {

        Document document(RecordType type, String id) {
            Extraction article = record.extraction();
            Document doc = new Document();
            doc.add(new StringField(Fields.TYPE, type.wireName(), Field.Store.YES));
            doc.add(new StringField(Fields.ID, id, Field.Store.YES));
            doc.add(new StringField(Fields.ARTICLE_ID, record.id(), Field.Store.YES));
            doc.add(new StringField(Fields.KEY, key.value(), Field.Store.YES));
            doc.add(new StringField(Fields.LANGUAGE, language.toLowerCase(Locale.ROOT), Field.Store.YES));
            if (key.outlet() != null) {
                doc.add(new StringField(Fields.OUTLET, key.outlet(), Field.Store.YES));
                doc.add(new SortedDocValuesField(Fields.FACET_OUTLET, new BytesRef(key.outlet())));
            }
            if (day != null) {
                long epochDay = day.toEpochDay();
                doc.add(new LongPoint(Fields.DAY, epochDay));
                doc.add(new NumericDocValuesField(Fields.DAY, epochDay));
            }
            if (article.published() != null) {
                doc.add(new StoredField(Fields.PUBLISHED, article.published()));
            }
            if (key.value().startsWith("http")) {
                doc.add(new StoredField(Fields.URL, key.value()));
            }
            if (article.title() != null) {
                doc.add(new StoredField(Fields.TITLE, article.title()));
            }
            for (String about : aboutKeys) {
                doc.add(new StringField(Fields.ABOUT_KEY, about, Field.Store.NO));
            }
            if (duplicateOf != null) {
                doc.add(new StringField(Fields.COPY, Fields.TRUE, Field.Store.NO));
                doc.add(new StoredField(Fields.DUPLICATE_OF, duplicateOf));
            }
            return doc;
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
