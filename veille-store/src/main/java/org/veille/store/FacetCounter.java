package org.veille.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts facet values over the documents a query matches, with Lucene's facet module reading plain
 * doc values.
 *
 * <p>Why doc values rather than a taxonomy index: the counts need no side index to keep in step with
 * the main one (a crash between the two commits would leave them disagreeing), and the values live in
 * the same segments as their documents, so replacing an article's block replaces its counts
 * atomically. Why {@link StringValueFacetCounts} over one sorted field per dimension rather than
 * {@code SortedSetDocValuesFacetField}: each document has at most one value per dimension, and the
 * plain fields need no {@code FacetsConfig.build} copy of every document at ingest. The price is an
 * ordinal map per field built once per reader; it is cached here until the reader changes. Days are
 * numeric doc values counted by {@link LongValueFacetCounts}, one bucket per distinct day.
 */
final class FacetCounter {
    /** The ordinal maps of the last reader asked about, rebuilt when a refresh brings a new one. */
    private volatile ReaderStates cached;

    private record ReaderStates(IndexReader reader, Map<String, StringDocValuesReaderState> byField,
                                Map<String, StringValueFacetCounts> allCounts) {
    }

    List<FacetCount> top(IndexSearcher searcher, Query query, String field, int n) throws IOException {
        FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
        return labels(new StringValueFacetCounts(state(searcher.getIndexReader(), field), hits).getTopChildren(n, field));
    }

    /**
     * The top values of a facet over every document holding it: every quotation with a named speaker,
     * every entity, every document with an outlet (copies carry no facet values). No query runs: the
     * doc values are counted directly, once per reader, and the counts are kept until a refresh brings
     * a new reader, so the front page of a dashboard ("who speaks most") costs a lookup.
     */
    List<FacetCount> topOfAll(IndexSearcher searcher, String field, int n) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ReaderStates known = states(reader);
        StringValueFacetCounts counts;
        synchronized (known.byField()) {
            counts = known.allCounts().get(field);
            if (counts == null) {
                counts = new StringValueFacetCounts(stateOf(known, field));
                known.allCounts().put(field, counts);
            }
        }
        return labels(counts.getTopChildren(n, field));
    }

    private static List<FacetCount> labels(FacetResult result) {
        List<FacetCount> counts = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                counts.add(new FacetCount(value.label, value.value.longValue()));
            }
        }
        return counts;
    }

    List<DayCount> days(IndexSearcher searcher, Query query) throws IOException {
        FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
        FacetResult result = new LongValueFacetCounts(Fields.DAY, hits).getAllChildrenSortByValue();
        List<DayCount> days = new ArrayList<>();
        for (LabelAndValue value : result.labelValues) {
            days.add(new DayCount(LocalDate.ofEpochDay(Long.parseLong(value.label)), value.value.longValue()));
        }
        return days;
    }

    private StringDocValuesReaderState state(IndexReader reader, String field) throws IOException {
        ReaderStates known = states(reader);
        synchronized (known.byField()) {
            return stateOf(known, field);
        }
    }

    private ReaderStates states(IndexReader reader) {
        ReaderStates known = cached;
        if (known == null || known.reader() != reader) {
            known = new ReaderStates(reader, new HashMap<>(), new HashMap<>());
            cached = known;
        }
        return known;
    }

    /** Called holding the lock on {@code known.byField()}. */
    private static StringDocValuesReaderState stateOf(ReaderStates known, String field) throws IOException {
        StringDocValuesReaderState state = known.byField().get(field);
        if (state == null) {
            state = new StringDocValuesReaderState(known.reader(), field);
            known.byField().put(field, state);
        }
        return state;
    }
}
