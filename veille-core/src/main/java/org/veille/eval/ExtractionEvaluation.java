package org.veille.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores an extractor on an evaluation set with every metric of the README that applies to the set.
 * The extractor is a parameter, so the same code scores Veille, a published tool's output or the truth
 * itself.
 */
public final class ExtractionEvaluation {
    private final AebScorer aebScorer = new AebScorer();
    private final BagOfWordsScorer bowScorer = new BagOfWordsScorer();
    private final SnippetScorer snippetScorer = new SnippetScorer();
    private final MetadataScorer metadataScorer = new MetadataScorer();

    /**
     * Runs the prediction function on every page, in page order, then scores. A page on which it throws a
     * RuntimeException is scored as an empty prediction and listed in {@link EvaluationReport#failedPages()}:
     * one broken page should cost that page, not the whole run, and must still be visible.
     */
    public EvaluationReport evaluate(EvalSet set, Function<EvalPage, Prediction> extractor) {
        Map<String, Prediction> predictions = new HashMap<>();
        List<String> failed = new ArrayList<>();
        for (EvalPage page : set.pages()) {
            try {
                Prediction p = extractor.apply(page);
                predictions.put(page.id(), p == null ? Prediction.empty() : p);
            } catch (RuntimeException e) {
                failed.add(page.id());
            }
        }
        return score(set, predictions, failed);
    }

    /**
     * Scores predictions made elsewhere (e.g. in parallel, or read from a file). A page without a
     * prediction is scored as an empty one, the rule that reproduces the published AEB table.
     */
    public EvaluationReport score(EvalSet set, Map<String, Prediction> predictions) {
        return score(set, predictions, List.of());
    }

    private EvaluationReport score(EvalSet set, Map<String, Prediction> predictions, List<String> failed) {
        boolean aebApplies = set.metrics().contains(Metric.AEB);
        boolean bowApplies = set.metrics().contains(Metric.BAG_OF_WORDS);
        boolean snippetsApply = set.metrics().contains(Metric.SNIPPETS);
        boolean metadataApplies = set.metrics().contains(Metric.METADATA);

        Map<String, AebPageScore> aebPages = new HashMap<>();
        AebResult aeb = null;
        if (aebApplies) {
            Map<String, String> truths = new HashMap<>();
            Map<String, String> bodies = new HashMap<>();
            for (EvalPage page : set.pages()) {
                truths.put(page.id(), page.truth().body());
                bodies.put(page.id(), predictions.getOrDefault(page.id(), Prediction.empty()).body());
            }
            aeb = aebScorer.score(truths, bodies);
            aeb.pages().forEach(p -> aebPages.put(p.id(), p));
        }

        Set<String> failedIds = new HashSet<>(failed);
        List<PageResult> results = new ArrayList<>();
        List<PrfScore> bowAll = new ArrayList<>();
        List<PrfScore> bowArticles = new ArrayList<>();
        Map<String, List<PrfScore>> bowByType = new TreeMap<>();
        SnippetCounts snippets = SnippetCounts.ZERO;
        Map<MetaField, FieldTally> tallies = new EnumMap<>(MetaField.class);
        for (EvalPage page : set.pages()) {
            Prediction prediction = predictions.getOrDefault(page.id(), Prediction.empty());
            Truth truth = page.truth();
            PrfScore bow = null;
            if (bowApplies) {
                bow = bowScorer.scorePage(truth.body(), prediction.body());
                bowAll.add(bow);
                if (EvalPage.ARTICLE.equals(page.pageType())) {
                    bowArticles.add(bow);
                }
                bowByType.computeIfAbsent(page.pageType(), t -> new ArrayList<>()).add(bow);
            }
            SnippetCounts pageSnippets = null;
            if (snippetsApply) {
                pageSnippets = snippetScorer.count(prediction.body(), truth.with(), truth.without());
                snippets = snippets.plus(pageSnippets);
            }
            Map<MetaField, FieldOutcome> outcomes = new EnumMap<>(MetaField.class);
            if (metadataApplies) {
                for (MetaField field : truth.annotated()) {
                    FieldOutcome outcome = metadataScorer.judge(field, truth, prediction);
                    outcomes.put(field, outcome);
                    tallies.put(field, tallies.getOrDefault(field, FieldTally.EMPTY).plus(outcome));
                }
            }
            results.add(new PageResult(page.id(), page.pageType(), failedIds.contains(page.id()),
                    aebPages.get(page.id()), bow, pageSnippets, outcomes));
        }

        Map<String, BowSummary> byType = new LinkedHashMap<>();
        bowByType.forEach((type, scores) -> byType.put(type, BowSummary.of(scores)));
        return new EvaluationReport(set.name(), set.size(), failed, aeb,
                bowApplies ? BowSummary.of(bowAll) : null,
                bowApplies ? BowSummary.of(bowArticles) : null,
                byType,
                snippetsApply ? snippets : null,
                tallies, results);
    }
}
