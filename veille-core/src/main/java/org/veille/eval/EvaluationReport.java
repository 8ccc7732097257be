package org.veille.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every metric that applies to a set, for one extractor. Components of metrics that do not apply to the
 * set are null, or empty for maps.
 *
 * @param setName       the set evaluated
 * @param pages         how many pages were scored (all of the set's)
 * @param failedPages   ids of pages on which the prediction function threw; they were scored as empty
 * @param aeb           AEB shingle metric (scrapinghub-aeb), or null
 * @param bowAll        bag-of-words over all pages (wcxb-dev), or null
 * @param bowArticles   bag-of-words over pages of type "article" (wcxb-dev), or null
 * @param bowByPageType bag-of-words per page type, ordered by type name
 * @param snippets      snippet counts summed over the set (trafilatura-eval, wcxb-dev), or null
 * @param metadata      tally per metadata field the set annotates on at least one page, in field order
 * @param pageResults   per-page detail, in page order
 */
public record EvaluationReport(String setName, int pages, List<String> failedPages, AebResult aeb,
                               BowSummary bowAll, BowSummary bowArticles, Map<String, BowSummary> bowByPageType,
                               SnippetCounts snippets, Map<MetaField, FieldTally> metadata,
                               List<PageResult> pageResults) {

    public EvaluationReport {
        failedPages = List.copyOf(failedPages);
        // Copies that keep the order, which Map.copyOf would not.
        bowByPageType = Collections.unmodifiableMap(new LinkedHashMap<>(bowByPageType));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        pageResults = List.copyOf(pageResults);
    }
}
