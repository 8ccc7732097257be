package org.veille.eval;

import java.util.List;
import java.util.Set;

/**
 * What a set's truth file says about a page, in one shape for all sets.
 *
 * <p>A metadata field has three states, and the metric needs all three: not annotated (the field is not in
 * {@link #annotated()}: outputs for it are not judged), annotated as absent (in {@code annotated()} with a
 * null value or no authors: the page has none, so any output is spurious), and annotated with a value.
 * E.g. trafilatura-eval annotates title/author/date on 851 of its 990 pages, with author "" on many of them.
 *
 * @param body      the expected main text (AEB articleBody, WCXB main_content), null when the set has none;
 *                  WCXB's two null main contents are read as ""
 * @param with      snippets that must be in the extracted text (empty when the set has none)
 * @param without   snippets that must not be
 * @param title     expected title, null when none
 * @param authors   expected author strings as written (one string may hold several names; see
 *                  {@link AuthorNames}), empty when none
 * @param date      expected publication date or timestamp as written, null when none
 * @param lang      declared language (readability-testpages only), null when not given
 * @param annotated the metadata fields this page's truth annotates
 */
public record Truth(String body, List<String> with, List<String> without, String title, List<String> authors,
                    String date, String lang, Set<MetaField> annotated) {

    public Truth {
        with = List.copyOf(with);
        without = List.copyOf(without);
        authors = List.copyOf(authors);
        annotated = Set.copyOf(annotated);
    }

    /** Truth with a body only (scrapinghub-aeb). */
    public static Truth ofBody(String body) {
        return new Truth(body, List.of(), List.of(), null, List.of(), null, null, Set.of());
    }

    public boolean hasBody() {
        return body != null;
    }

    public boolean hasSnippets() {
        return !with.isEmpty() || !without.isEmpty();
    }
}
