package org.veille.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.veille.store.identity.NearDuplicates;

/**
 * What the writer knows of the articles already stored: the index as of its last refresh, plus the
 * articles written since, which the index cannot show yet. Refreshing the reader after every article
 * would make ingest crawl; instead this remembers the pending ones until the next refresh, and every
 * lookup asks the pending ones first (they are the newest truth about a key). Used by one thread.
 *
 * <p>Lookups read the postings of one term directly rather than running queries: at ingest they run
 * several times per article, and a query's set-up (weights, scorers, caches) would cost more than the
 * lookup itself.
 */
final class KnownArticles {
    /** How many near-duplicate candidates to verify per article: more share a band only by chance. */
    private static final int CANDIDATES = 10;
    /**
     * How many originals to read per band. A band shared by hundreds of articles is boilerplate text
     * (a recurring notice), not a sign of copying; reading all of them would slow every ingest.
     */
    private static final int PER_BAND = 200;

    /** An article as stored: its content hash, its body's signature (or null), whom it copies (or null). */
    record Known(String hash, long[] signature, String duplicateOf) {
    }

    private final Map<String, Known> pending = new HashMap<>();
    private final Map<String, String> pendingHashes = new HashMap<>();
    private final Map<BytesRef, List<String>> pendingBands = new HashMap<>();
    private IndexReader enumsReader;
    private final Map<String, TermsEnum[]> enumsByField = new HashMap<>();
    private PostingsEnum postings;
    /** Per segment (by its core, which merges retire but refreshes keep) and field: which terms it may hold. */
    private final Map<IndexReader.CacheKey, Map<String, SegmentTermFilter>> segmentFilters = new HashMap<>();
    private IndexReader filtersReader;
    private final Map<String, SegmentTermFilter[]> filtersByField = new HashMap<>();

    /** The stored article filed under {@code key}, or null. */
    Known find(IndexReader reader, String key) throws IOException {
        Known known = pending.get(key);
        if (known != null) {
            return known;
        }
        // Only the live version's block is live, it ends with its article document, and neither merges
        // nor deletes reorder a segment: the last live document with the key is that article.
        List<Integer> docs = liveDocs(reader, new Term(Fields.KEY, key), Integer.MAX_VALUE);
        if (docs.isEmpty()) {
            return null;
        }
        Document doc = reader.storedFields().document(docs.get(docs.size() - 1), IDENTITY_FIELDS);
        return new Known(doc.get(Fields.HASH), signature(doc), doc.get(Fields.DUPLICATE_OF));
    }

    /**
     * The key of the original this article copies, exactly ({@code hash}) or nearly ({@code signature}),
     * or null when it is an original itself. An article never copies itself.
     */
    String originalOf(IndexReader reader, String key, String hash, long[] signature) throws IOException {
        String exact = pendingHashes.get(hash);
        if (exact != null && !exact.equals(key) && isOriginal(exact, hash)) {
            return exact;
        }
        StoredFields stored = reader.storedFields();
        for (int docId : liveDocs(reader, new Term(Fields.HASH, hash), CANDIDATES)) {
            Document doc = stored.document(docId, IDENTITY_FIELDS);
            String candidate = doc.get(Fields.KEY);
            if (!candidate.equals(key) && doc.get(Fields.DUPLICATE_OF) == null && isOriginal(candidate, hash)) {
                return candidate;
            }
        }
        return signature == null ? null : nearOriginal(reader, key, signature);
    }

    private String nearOriginal(IndexReader reader, String key, long[] signature) throws IOException {
        List<BytesRef> bands = NearDuplicates.bands(signature);
        String best = null;
        double bestSimilarity = NearDuplicates.THRESHOLD;
        for (BytesRef band : bands) {
            for (String candidate : pendingBands.getOrDefault(band, List.of())) {
                Known known = pending.get(candidate);
                if (!candidate.equals(key) && known.duplicateOf() == null && known.signature() != null) {
                    double similarity = NearDuplicates.similarity(signature, known.signature());
                    if (similarity >= bestSimilarity) {
                        best = candidate;
                        bestSimilarity = similarity;
                    }
                }
            }
        }
        // The candidates sharing the most bands are the likeliest copies; only they are read and compared.
        Map<Integer, Integer> sharedBands = new HashMap<>();
        for (BytesRef band : bands) {
            for (int doc : liveDocs(reader, new Term(Fields.BAND, band), PER_BAND)) {
                sharedBands.merge(doc, 1, Integer::sum);
            }
        }
        StoredFields stored = reader.storedFields();
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(sharedBands.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<Integer, Integer> entry : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
            Document doc = stored.document(entry.getKey(), IDENTITY_FIELDS);
            String candidate = doc.get(Fields.KEY);
            if (candidate.equals(key) || pending.containsKey(candidate)) {
                continue; // itself, or judged above on its newest content
            }
            long[] theirs = signature(doc);
            double similarity = theirs == null ? 0 : NearDuplicates.similarity(signature, theirs);
            if (similarity > bestSimilarity || similarity == bestSimilarity && best == null) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** Whether {@code key} is still an original with this content (its pending version, if any, decides). */
    private boolean isOriginal(String key, String hash) {
        Known known = pending.get(key);
        return known == null || known.duplicateOf() == null && known.hash().equals(hash);
    }

    /** Up to {@code max} live documents holding {@code term}, in index order. */
    private List<Integer> liveDocs(IndexReader reader, Term term, int max) throws IOException {
        List<Integer> docs = new ArrayList<>(Math.min(max, 16));
        TermsEnum[] enums = termsEnums(reader, term.field());
        List<LeafReaderContext> leaves = reader.leaves();
        SegmentTermFilter[] filters = filters(reader, term.field());
        long hash = SegmentTermFilter.hash(term.bytes());
        for (int i = 0; i < enums.length; i++) {
            TermsEnum termsEnum = enums[i];
            if (termsEnum == null || !filters[i].mayContain(hash) || !termsEnum.seekExact(term.bytes())) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(i);
            Bits live = leaf.reader().getLiveDocs();
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docs.add(leaf.docBase + doc);
                    if (docs.size() >= max) {
                        return docs;
                    }
                }
            }
        }
        return docs;
    }

    /** The term filters of {@code field} for the segments of {@code reader}, built for the segments not seen before. */
    private SegmentTermFilter[] filters(IndexReader reader, String field) throws IOException {
        if (reader != filtersReader) {
            filtersReader = reader;
            filtersByField.clear();
            // Forget the segments merged away since: only the current ones are ever asked about.
            Set<IndexReader.CacheKey> current = new HashSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                current.add(leaf.reader().getCoreCacheHelper().getKey());
            }
            segmentFilters.keySet().retainAll(current);
        }
        SegmentTermFilter[] filters = filtersByField.get(field);
        if (filters == null) {
            List<LeafReaderContext> leaves = reader.leaves();
            filters = new SegmentTermFilter[leaves.size()];
            for (int i = 0; i < filters.length; i++) {
                LeafReader segment = leaves.get(i).reader();
                Map<String, SegmentTermFilter> byField = segmentFilters.computeIfAbsent(
                        segment.getCoreCacheHelper().getKey(), k -> new HashMap<>());
                SegmentTermFilter filter = byField.get(field);
                if (filter == null) {
                    Terms terms = segment.terms(field);
                    filter = terms == null ? SegmentTermFilter.EMPTY : SegmentTermFilter.of(terms);
                    byField.put(field, filter);
                }
                filters[i] = filter;
            }
            filtersByField.put(field, filters);
        }
        return filters;
    }

    /**
     * One terms enumeration per segment for {@code field} (null where the segment lacks it), kept
     * while the reader stays the same: several lookups per article would otherwise each set up a
     * fresh enumeration, with its frames and buffers, in every segment.
     */
    private TermsEnum[] termsEnums(IndexReader reader, String field) throws IOException {
        if (reader != enumsReader) {
            enumsReader = reader;
            enumsByField.clear();
        }
        TermsEnum[] enums = enumsByField.get(field);
        if (enums == null) {
            List<LeafReaderContext> leaves = reader.leaves();
            enums = new TermsEnum[leaves.size()];
            for (int i = 0; i < enums.length; i++) {
                Terms terms = leaves.get(i).reader().terms(field);
                enums[i] = terms == null ? null : terms.iterator();
            }
            enumsByField.put(field, enums);
        }
        return enums;
    }

    /** The stored signature, or null when there is none or it was made with other parameters. */
    /**
     * The stored fields duplicate decisions read: loading only these skips an article's record JSON
     * and body, by far its largest stored values.
     */
    private static final java.util.Set<String> IDENTITY_FIELDS = java.util.Set.of(Fields.KEY, Fields.HASH, Fields.SIGNATURE,
            Fields.DUPLICATE_OF);

    private static long[] signature(Document doc) {
        BytesRef bytes = doc.getBinaryValue(Fields.SIGNATURE);
        return bytes == null || bytes.length != NearDuplicates.HASHES * Long.BYTES ? null
                : NearDuplicates.fromBytes(bytes.bytes, bytes.offset, bytes.length);
    }

    /** Notes an article just written, until the index shows it. */
    void remember(String key, Known known) {
        pending.put(key, known);
        if (known.duplicateOf() == null) {
            pendingHashes.put(known.hash(), key);
            if (known.signature() != null) {
                for (BytesRef band : NearDuplicates.bands(known.signature())) {
                    pendingBands.computeIfAbsent(band, b -> new ArrayList<>(1)).add(key);
                }
            }
        }
    }

    /** The index now shows everything written: forget the pending articles. */
    void forget() {
        pending.clear();
        pendingHashes.clear();
        pendingBands.clear();
    }
}
