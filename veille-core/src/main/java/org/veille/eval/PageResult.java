package org.veille.eval;

import java.util.Map;

/**
 * How one page scored, for finding the pages that drive a number. Components of metrics that do not apply
 * to the set are null (AEB, bag of words, snippets) or empty (metadata).
 *
 * @param id          page id
 * @param pageType    the page's type ({@link EvalPage#pageType()})
 * @param failed      whether the prediction function threw on this page (it was then scored as empty)
 * @param aeb         shingle score, or null
 * @param bagOfWords  bag-of-words score, or null
 * @param snippets    snippet counts, or null
 * @param metadata    outcome per annotated field
 */
public record PageResult(String id, String pageType, boolean failed, AebPageScore aeb, PrfScore bagOfWords,
                         SnippetCounts snippets, Map<MetaField, FieldOutcome> metadata) {

    public PageResult {
        metadata = Map.copyOf(metadata);
    }
}
