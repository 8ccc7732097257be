package org.veille.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.veille.store.text.TextAnalysis;

/**
 * Lucene's unified highlighter, returning {@link Snippet}s (text plus match offsets) instead of marked-up
 * strings. Offsets come from analysing the stored text again (the postings hold positions, not offsets):
 * only the page of hits shown is analysed, a few dozen texts, where offsets in the postings would be
 * written for every word of every article at ingest.
 * A document's text sits in one of the three language fields; its snippet is the one that field gives.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    /** Passages per document: the best two sentences say why it matched without flooding the screen. */
    private static final int PASSAGES = 2;
    /** Articles are long; highlight through the whole of any plausible one, not Lucene's default 10,000 chars. */
    private static final int MAX_LENGTH = 200_000;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter()).withMaxLength(MAX_LENGTH));
    }

    /** One snippet per document, aligned with {@code docs}; null where a document has no text. */
    Snippet[] snippets(Query query, int[] docs) throws IOException {
        String[] fields = TextAnalysis.FIELDS.toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES);
        Map<String, Object[]> byField = highlightFieldsAsObjects(fields, query, docs, passages);
        Snippet[] snippets = new Snippet[docs.length];
        for (String field : fields) {
            Object[] values = byField.get(field);
            for (int i = 0; i < docs.length; i++) {
                if (snippets[i] == null && values != null && values[i] instanceof Snippet snippet) {
                    snippets[i] = snippet;
                }
            }
        }
        return snippets;
    }

    /** Joins a document's passages and keeps where each match falls, never two overlapping marks. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Snippet.Mark> marks = new ArrayList<>();
            for (Passage passage : passages) {
                if (text.length() > 0) {
                    text.append(Snippet.ELLIPSIS);
                }
                int base = text.length() - passage.getStartOffset();
                int lastEnd = passage.getStartOffset();
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    int start = Math.max(passage.getMatchStarts()[m], lastEnd);
                    int end = Math.min(passage.getMatchEnds()[m], passage.getEndOffset());
                    if (start < end) {
                        marks.add(new Snippet.Mark(base + start, base + end));
                        lastEnd = end;
                    }
                }
                text.append(content, passage.getStartOffset(), passage.getEndOffset());
            }
            String joined = text.toString();
            // Trim the passage's trailing blank line or space; marks never reach into it.
            String trimmed = joined.stripTrailing();
            return new Snippet(trimmed, marks);
        }
    }
}
