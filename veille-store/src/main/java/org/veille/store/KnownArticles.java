package org.veille.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
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
    private final Map<String, List<String>> pendingBands = new HashMap<>();

    /** The stored article filed under {@code key}, or null. */
    Known find(IndexReader reader, String key) throws IOException {
        Known known = pending.get(key);
        if (known != null) {
            return known;
        }
        // An article's block is added article first, and neither merges nor deletes reorder a segment,
        // so the first live document with the key is the live version's article document.
        List<Integer> docs = liveDocs(reader, new Term(Fields.KEY, key), 1);
        if (docs.isEmpty()) {
            return null;
        }
        Document doc = reader.storedFields().document(docs.get(0));
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
            Document doc = stored.document(docId);
            String candidate = doc.get(Fields.KEY);
            if (!candidate.equals(key) && doc.get(Fields.DUPLICATE_OF) == null && isOriginal(candidate, hash)) {
                return candidate;
            }
        }
        return signature == null ? null : nearOriginal(reader, key, signature);
    }

    private String nearOriginal(IndexReader reader, String key, long[] signature) throws IOException {
        List<String> bands = NearDuplicates.bands(signature);
        String best = null;
        double bestSimilarity = NearDuplicates.THRESHOLD;
        for (String band : bands) {
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
        for (String band : bands) {
            for (int doc : liveDocs(reader, new Term(Fields.BAND, band), PER_BAND)) {
                sharedBands.merge(doc, 1, Integer::sum);
            }
        }
        StoredFields stored = reader.storedFields();
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(sharedBands.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<Integer, Integer> entry : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
            Document doc = stored.document(entry.getKey());
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
    private static List<Integer> liveDocs(IndexReader reader, Term term, int max) throws IOException {
        List<Integer> docs = new ArrayList<>(Math.min(max, 16));
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            if (!termsEnum.seekExact(term.bytes())) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
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

    /** The stored signature, or null when there is none or it was made with other parameters. */
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
                for (String band : NearDuplicates.bands(known.signature())) {
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
