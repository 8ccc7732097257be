package org.veille.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.veille.model.ArticleRecord;
import org.veille.model.Extraction;
import org.veille.store.identity.ArticleKey;
import org.veille.store.identity.ContentHash;
import org.veille.store.identity.NearDuplicates;
import org.veille.store.text.TextAnalysis;

/**
 * The store, for writing: adds article records idempotently, commits in batches.
 *
 * <pre>{@code
 * try (StoreWriter writer = StoreWriter.open(Path.of("veille-data"))) {
 *     records.forEach(writer::add);
 * } // commits
 * }</pre>
 *
 * <p>An article is filed under its {@link ArticleKey}. Seen again with the same {@link ContentHash}
 * it is skipped; with another, its article, quote and entity documents are replaced in one atomic
 * update (all carry the key, and {@link IndexWriter#updateDocuments} deletes by that term and adds the
 * new block together). A body equal or near ({@link NearDuplicates}) to an original stored under
 * another key is stored as a copy of it: findable, but out of facets and default searches.
 *
 * <p>Crash consistency: Lucene commits are atomic, and this writer commits every {@code commitEvery}
 * articles and on close. A process killed mid-ingest leaves the last commit intact (Lucene ignores
 * files no commit names, and the OS frees the write lock with the process); re-running the same ingest
 * skips what was committed and finishes the rest. One writer per index: a second one, in this process
 * or another, gets a {@link StoreLockedException}. Thread-safe; records are applied one at a time.
 */
public final class StoreWriter implements AutoCloseable {
    /**
     * Articles per commit. A commit fsyncs every new file, so committing per article would cap ingest
     * at a few dozen articles per second; a thousand bounds the work a crash can lose to seconds.
     */
    public static final int DEFAULT_COMMIT_EVERY = 1000;
    /**
     * Indexing buffer before a flush writes a segment. Lucene's default (16 MB) holds about 250 of our
     * articles, so an ingest would write a new segment every second and then merge them again and
     * again; 64 MB quarters that churn and the number of segments every duplicate lookup visits,
     * for a heap still well under the CLI's 2 GB.
     */
    static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleStore store;
    private final ArticleDocuments documents = new ArticleDocuments();
    private final KnownArticles known = new KnownArticles();
    private final int commitEvery;
    private int uncommitted;
    private IngestSummary summary = IngestSummary.empty();

    private StoreWriter(Directory directory, Analyzer analyzer, IndexWriter writer, int commitEvery) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.commitEvery = commitEvery;
        // Readers from the writer itself see its uncommitted work once refreshed: that is how searches
        // during an ingest (near-real-time) and this writer's own duplicate checks see new articles.
        this.searchers = new SearcherManager(writer, null);
        this.store = new ArticleStore(searchers, analyzer, () -> { });
    }

    /** Opens (or creates) the index in {@code directory} for writing, committing every {@value #DEFAULT_COMMIT_EVERY} articles. */
    public static StoreWriter open(Path directory) throws IOException {
        return open(directory, DEFAULT_COMMIT_EVERY);
    }

    public static StoreWriter open(Path directory, int commitEvery) throws IOException {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1: " + commitEvery);
        }
        Directory dir = FSDirectory.open(directory);
        Analyzer analyzer = TextAnalysis.analyzer();
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            IndexLayout.check(dir, directory);
            writer = new IndexWriter(dir, config);
            writer.setLiveCommitData(IndexLayout.commitData());
            if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
                writer.commit(); // an empty index that readers can open at once
            }
            return new StoreWriter(dir, analyzer, writer, commitEvery);
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(analyzer, dir);
            throw new StoreLockedException("the index in " + directory + " is being written by another writer "
                    + "(its write.lock is held): one ingest at a time per index", e);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, analyzer, dir);
            throw e;
        }
    }

    /**
     * Stores one record and says what that did. Error records are counted, not stored.
     *
     * @throws UncheckedIOException when the index cannot be written
     */
    public synchronized IngestOutcome add(ArticleRecord record) {
        IngestOutcome outcome;
        try {
            outcome = record.isError() ? IngestOutcome.ERROR : store(record);
            if (outcome != IngestOutcome.ERROR && outcome != IngestOutcome.UNCHANGED && ++uncommitted >= commitEvery) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        summary = summary.plus(outcome);
        return outcome;
    }

    private IngestOutcome store(ArticleRecord record) throws IOException {
        Extraction article = record.extraction();
        ArticleKey key = ArticleKey.of(record);
        String hash = ContentHash.of(article);
        IndexSearcher searcher = searchers.acquire();
        try {
            KnownArticles.Known existing = known.find(searcher.getIndexReader(), key.value());
            if (existing != null && existing.hash().equals(hash)) {
                return IngestOutcome.UNCHANGED;
            }
            long[] signature = NearDuplicates.signature(article.text());
            String original = known.originalOf(searcher.getIndexReader(), key.value(), hash, signature);
            List<Document> docs = documents.build(record, key, hash, signature, original);
            if (existing == null) {
                // Nothing to delete: a plain add spares Lucene a buffered delete term to resolve at every flush.
                writer.addDocuments(docs);
            } else {
                writer.updateDocuments(new Term(Fields.KEY, key.value()), docs);
            }
            known.remember(key.value(), new KnownArticles.Known(hash, signature, original));
            if (existing != null) {
                return IngestOutcome.REPLACED;
            }
            return original != null ? IngestOutcome.DUPLICATE : IngestOutcome.NEW;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes everything added so far durable, and visible to readers of the directory. */
    public synchronized void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        known.forget();
        uncommitted = 0;
    }

    /** What this writer has done so far. */
    public synchronized IngestSummary summary() {
        return summary;
    }

    /** A reading view of this index that also sees what this writer has not committed yet. */
    public ArticleStore store() {
        return store;
    }

    /** Commits, then releases the index. */
    @Override
    public synchronized void close() throws IOException {
        try {
            commit();
        } finally {
            IOUtils.close(searchers, writer, analyzer, directory);
        }
    }
}
