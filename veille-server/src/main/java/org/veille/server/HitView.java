package org.veille.server;

import java.util.List;

import org.veille.store.Hit;
import org.veille.store.SearchResults;
import org.veille.store.Snippet;

/**
 * A search hit as the API writes it: the same fields as {@code veille search --format jsonl}, wire names
 * for kinds and types, fields that do not apply to the hit's type null.
 */
record HitView(String type, String id, String articleId, String key, String title, String url, String outlet,
               String language, String published, String text, String speaker, String quoteKind, String entityType,
               String duplicateOf, float score, SnippetView snippet) {

    /** A passage with its matches as {@code [start, end)} char offsets into {@code text} (UTF-16, as JavaScript counts). */
    record SnippetView(String text, List<int[]> marks) {
        static SnippetView of(Snippet snippet) {
            return snippet == null ? null
                    : new SnippetView(snippet.text(), snippet.marks().stream().map(m -> new int[] {m.start(), m.end()}).toList());
        }
    }

    /** One page of hits: how many match in all, and the page asked for. */
    record Page(long total, int offset, int limit, List<HitView> hits) {
        static Page of(SearchResults results, int offset, int limit) {
            return new Page(results.total(), offset, limit, results.hits().stream().map(HitView::of).toList());
        }
    }

    static HitView of(Hit hit) {
        return new HitView(hit.type().wireName(), hit.id(), hit.articleId(), hit.key(), hit.title(), hit.url(), hit.outlet(),
                hit.language(), hit.published(), hit.text(), hit.speaker(),
                hit.quoteKind() == null ? null : hit.quoteKind().wireName(),
                hit.entityType() == null ? null : hit.entityType().name(), hit.duplicateOf(), hit.score(),
                SnippetView.of(hit.snippet()));
    }
}
