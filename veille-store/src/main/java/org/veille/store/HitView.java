package org.veille.store;

import java.util.List;

/**
 * A search hit as Veille writes it out, the same for {@code veille search --format jsonl} and the HTTP
 * API: wire names for kinds and types, fields that do not apply to the hit's type null. Serialise it
 * with Jackson; the field order is the component order.
 */
public record HitView(String type, String id, String articleId, String key, String title, String url, String outlet,
                      String language, String published, String text, String speaker, String quoteKind, String entityType,
                      String duplicateOf, float score, SnippetView snippet) {

    /** A passage with its matches as {@code [start, end)} char offsets into {@code text} (UTF-16, as JavaScript counts). */
    public record SnippetView(String text, List<int[]> marks) {
        static SnippetView of(Snippet snippet) {
            return snippet == null ? null
                    : new SnippetView(snippet.text(), snippet.marks().stream().map(m -> new int[] {m.start(), m.end()}).toList());
        }
    }

    public static HitView of(Hit hit) {
        return new HitView(hit.type().wireName(), hit.id(), hit.articleId(), hit.key(), hit.title(), hit.url(), hit.outlet(),
                hit.language(), hit.published(), hit.text(), hit.speaker(),
                hit.quoteKind() == null ? null : hit.quoteKind().wireName(),
                hit.entityType() == null ? null : hit.entityType().name(), hit.duplicateOf(), hit.score(),
                SnippetView.of(hit.snippet()));
    }
}
