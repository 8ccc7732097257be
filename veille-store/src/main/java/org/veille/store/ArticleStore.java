package org.veille.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.veille.model.ArticleRecord;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;
import org.veille.output.ArticleJson;
import org.veille.store.text.NameKey;
import org.veille.store.text.TextAnalysis;

/**
 * The store, for reading: search, facets, an article by id, an entity's quotations.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("veille-data"))) {
 *     SearchResults found = store.search(Query.text("mobilisation").speaker("Pavel Slunkin").type(RecordType.QUOTE));
 *     List<FacetCount> speakers = store.top(Facet.SPEAKERS, Query.all().about("Belarus"), 10);
 * }
 * }</pre>
 *
 * <p>Each call first picks up what writers have committed since (or, for the view a {@link StoreWriter}
 * gives, what it has written), then runs on one consistent point-in-time view; reading while another
 * process ingests is safe. Thread-safe. Methods throw {@link UncheckedIOException} when the disk fails.
 */
public final class ArticleStore implements AutoCloseable {
    /** Where the CLI keeps its index unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("veille-data");

    /** Hits counted exactly while collecting a page; past them Lucene may skip, and the total is counted apart. */
    private static final int SKIP_AFTER = 1000;

    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer analyzer;
    private final QueryTranslator queries;
    private final FacetCounter facets = new FacetCounter();
    private final ArticleJson json = new ArticleJson();
    private final Closeable resources;

    ArticleStore(ReferenceManager<IndexSearcher> searchers, Analyzer analyzer, Closeable resources) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.queries = new QueryTranslator(analyzer);
        this.resources = resources;
    }

    /**
     * Opens an existing index for reading. Any number of readers may be open while one writer writes.
     *
     * @throws IllegalArgumentException when {@code directory} holds no index
     */
    public static ArticleStore open(Path directory) throws IOException {
        Directory dir = FSDirectory.open(directory);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new IllegalArgumentException("no index in " + directory + ": run `veille ingest` first");
            }
            IndexLayout.check(dir, directory);
            SearcherManager searchers = new SearcherManager(dir, null);
            Analyzer analyzer = TextAnalysis.analyzer();
            return new ArticleStore(searchers, analyzer, () -> IOUtils.close(searchers, analyzer, dir));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(dir);
            throw e;
        }
    }

    /** One page of the documents matching {@code query}: best first with text, else newest first. */
    public SearchResults search(Query query) {
        return page(queries.toLucene(query, query.type()), query);
    }

    /** How many documents match, all pages together. */
    public long count(Query query) {
        return read(searcher -> (long) searcher.count(queries.toLucene(query, query.type()).build()));
    }

    /**
     * The {@code n} most frequent values of a facet over the documents matching {@code query}, most
     * frequent first. Copies are never counted, whatever the query says.
     */
    public List<FacetCount> top(Facet facet, Query query, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        RecordType counted = facet.counted() != null ? facet.counted() : query.type() != null ? query.type() : RecordType.ARTICLE;
        String dimension = switch (facet) {
            case SPEAKERS -> Fields.FACET_SPEAKER;
            case ENTITIES -> Fields.FACET_ENTITY;
            case OUTLETS -> Fields.FACET_OUTLET;
        };
        if (facet.counted() != null && filtersNothing(query)) {
            return read(searcher -> facets.topOfAll(searcher, dimension, n));
        }
        return read(searcher -> facets.top(searcher, queries.toLucene(query.includeCopies(false), counted).build(), dimension, n));
    }

    /**
     * Whether a facet query counts every document of its type: then the facet's doc values alone
     * answer, since only quotations hold speakers and only entities entity names, and copies neither.
     */
    private static boolean filtersNothing(Query query) {
        // Type, copies and paging do not filter a facet; a filter added to Query is seen here without a change.
        return query.type(null).includeCopies(false).page(0, Query.DEFAULT_LIMIT).equals(Query.all());
    }

    /** Documents per publication day (articles unless the query names a type), in day order; empty days are left out. */
    public List<DayCount> days(Query query) {
        RecordType counted = query.type() != null ? query.type() : RecordType.ARTICLE;
        return read(searcher -> facets.days(searcher, queries.toLucene(query.includeCopies(false), counted).build()));
    }

    /** The stored record of an article (a copy too) by its record id. */
    public Optional<ArticleRecord> article(String id) {
        return read(searcher -> {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            QueryTranslator.filter(query, Fields.RECORD_ID, id); // on article documents only
            TopDocs top = searcher.search(query.build(), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(StoredRecord.read(json, searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /**
     * An entity's quotations: those it speaks, and those of others that name it. Names match as
     * {@link Query#speaker} does. {@code base} narrows both (dates, language…; its text and type are kept).
     */
    public EntityQuotes quotes(String name, Query base) {
        String nameKey = NameKey.of(name);
        if (nameKey == null) {
            throw new IllegalArgumentException("an entity name is needed, not '" + name + "'");
        }
        SearchResults by = search(base.speaker(name).type(RecordType.QUOTE));
        BooleanQuery.Builder about = queries.toLucene(base.speaker(null), RecordType.QUOTE);
        about.add(new TermQuery(new Term(Fields.MENTION_KEY, nameKey)), Occur.FILTER);
        about.add(new TermQuery(new Term(Fields.SPEAKER_KEY, nameKey)), Occur.MUST_NOT);
        return new EntityQuotes(by, page(about, base));
    }

    private SearchResults page(BooleanQuery.Builder builder, Query query) {
        org.apache.lucene.search.Query lucene = builder.build();
        org.apache.lucene.search.Query text = queries.text(query);
        int wanted = query.offset() + query.limit();
        return read(searcher -> {
            // The page is collected letting Lucene skip hits that cannot reach it (block-max scores, or the
            // day's points when sorting by date), then the total is counted apart, without scoring: exact
            // totals spare callers "1,000+", and counting is far cheaper than scoring every hit.
            TopDocs top = text != null
                    ? searcher.search(lucene, new TopScoreDocCollectorManager(wanted, null, SKIP_AFTER))
                    : searcher.search(lucene, new TopFieldCollectorManager(newestFirst(), wanted, null, SKIP_AFTER));
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(lucene);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
            Snippet[] snippets = new Snippet[page.length];
            if (text != null && page.length > 0) {
                snippets = new SnippetHighlighter(searcher, analyzer).snippets(text, Arrays.stream(page).mapToInt(d -> d.doc).toArray());
            }
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                float score = text != null ? page[i].score : 0;
                hits.add(hit(stored.document(page[i].doc), score, snippets[i]));
            }
            return new SearchResults(total, hits);
        });
    }

    private static Sort newestFirst() {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, SortField.FIELD_DOC);
    }

    private static Hit hit(Document doc, float score, Snippet snippet) {
        RecordType type = RecordType.fromWireName(doc.get(Fields.TYPE));
        String text = null;
        if (type != RecordType.ARTICLE) {
            for (String field : TextAnalysis.FIELDS) {
                text = text != null ? text : doc.get(field);
            }
        }
        String kind = doc.get(Fields.KIND);
        String entityType = doc.get(Fields.ENTITY_TYPE);
        return new Hit(type, doc.get(Fields.ID), doc.get(Fields.ARTICLE_ID), doc.get(Fields.KEY), doc.get(Fields.TITLE),
                url(doc.get(Fields.KEY)), doc.get(Fields.OUTLET), doc.get(Fields.LANGUAGE), doc.get(Fields.PUBLISHED), text,
                doc.get(Fields.SPEAKER), kind == null ? null : QuoteKind.fromWireName(kind),
                entityType == null ? null : EntityType.valueOf(entityType), doc.get(Fields.DUPLICATE_OF), score, snippet);
    }

    /** The canonical URL, which is the key of every article that has one (others are keyed {@code id:…}). */
    private static String url(String key) {
        return key != null && key.startsWith("http") ? key : null;
    }

    /** What one read does with a searcher. */
    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T read(Read<T> read) {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        resources.close();
    }
}
