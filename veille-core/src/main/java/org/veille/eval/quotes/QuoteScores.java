package org.veille.eval.quotes;

import java.util.List;
import java.util.Map;

/**
 * A quotation run scored as {@code shared/eval/README.md} defines: quote P/R/F1 under each span
 * criterion, speaker accuracy over the quotes matched at overlap 0.3, the same for quotes whose cue has
 * a pronoun subject, and recall by kind of quote.
 *
 * @param articles       how many articles were scored
 * @param spans          counts per criterion
 * @param speaker        matched quotes whose speaker is right
 * @param pronounSpeaker the same, among gold quotes with a pronoun cue
 * @param sources        speaker mentions found where the gold marks the source (sets with source spans)
 * @param recallByKind   gold quotes found at overlap 0.3, by kind ("direct", "mixed", "indirect")
 * @param findings       every miss, invention and wrong speaker, in article order
 */
public record QuoteScores(int articles, Map<SpanCriterion, SpanCounts> spans, Ratio speaker, Ratio pronounSpeaker,
                          SpanCounts sources,
                          Map<String, Ratio> recallByKind, List<QuoteFinding> findings) {
    public QuoteScores {
        spans = Map.copyOf(spans);
        // Sorted by kind, so reports print in the same order every run (Map.copyOf's order is not fixed).
        recallByKind = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(recallByKind));
        findings = List.copyOf(findings);
    }
}
