package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtractionEvaluationTest {
    private static final double EPS = 1e-9;
    private final ExtractionEvaluation evaluation = new ExtractionEvaluation();

    private static EvalSet tinyWcxbLikeSet() {
        Set<MetaField> all = Set.of(MetaField.values());
        List<EvalPage> pages = List.of(
                new EvalPage("a", Path.of("a.html.gz"), "u", "article", new Truth("the body text here",
                        List.of("body text"), List.of("Cookie banner"), "Title A", List.of("Ann Lee"), "2020-01-02", null, all)),
                new EvalPage("b", Path.of("b.html.gz"), "u", "forum", new Truth("", List.of(), List.of(),
                        "Title B", List.of(), null, null, all)));
        return new EvalSet("tiny", Path.of("."), Set.of(Metric.BAG_OF_WORDS, Metric.SNIPPETS, Metric.METADATA), pages);
    }

    @Test
    void scores_every_applicable_metric_and_leaves_the_others_out() {
        EvaluationReport r = evaluation.evaluate(tinyWcxbLikeSet(), page -> page.id().equals("a")
                ? new Prediction("The body text here. Cookie banner", "title a", List.of("ann lee"), "2020-01-02T10:00Z")
                : new Prediction("", "Wrong", List.of("Someone"), "2021-01-01"));
        assertNull(r.aeb());
        assertEquals(2, r.bowAll().pages());
        assertEquals(1, r.bowArticles().pages());
        assertEquals(Set.of("article", "forum"), r.bowByPageType().keySet());
        assertEquals(new SnippetCounts(1, 0, 1, 0), r.snippets());
        FieldTally title = r.metadata().get(MetaField.TITLE);
        assertEquals(1, title.correct());
        assertEquals(1, title.wrong());
        FieldTally author = r.metadata().get(MetaField.AUTHOR);
        assertEquals(1, author.correct());
        assertEquals(1, author.spurious());
        assertEquals(1.0, r.metadata().get(MetaField.DATE).accuracy(), EPS);
        assertEquals(1, r.metadata().get(MetaField.DATE).spurious());
    }

    @Test
    void scores_the_empty_truth_page_one_when_nothing_is_predicted() {
        EvaluationReport r = evaluation.evaluate(tinyWcxbLikeSet(), page -> Prediction.empty());
        assertEquals(1.0, r.bowByPageType().get("forum").f1().mean(), EPS);
        assertEquals(0.0, r.bowArticles().f1().mean(), EPS);
    }

    @Test
    void scores_a_page_whose_extractor_throws_as_empty_and_lists_it() {
        EvaluationReport r = evaluation.evaluate(tinyWcxbLikeSet(), page -> {
            if (page.id().equals("a")) {
                throw new IllegalStateException("boom");
            }
            return Prediction.empty();
        });
        assertEquals(List.of("a"), r.failedPages());
        assertTrue(r.pageResults().get(0).failed());
        assertEquals(new SnippetCounts(0, 1, 0, 1), r.snippets());
    }

    @Test
    void scores_missing_predictions_as_empty_ones() {
        EvaluationReport r = evaluation.score(tinyWcxbLikeSet(), Map.of());
        assertEquals(0.0, r.bowArticles().f1().mean(), EPS);
        assertEquals(2, r.metadata().get(MetaField.TITLE).missed());
    }

    @Test
    void reproduces_trafilaturas_published_aeb_f1_through_the_prediction_function() throws IOException {
        Path dir = SharedEvalData.set(ScrapinghubAebReader.NAME);
        EvalSet set = EvalSets.open(dir);
        Map<String, String> bodies = new AebToolOutputs().read(ScrapinghubAebReader.toolOutputs(dir).resolve("trafilatura.json")).bodies();
        EvaluationReport r = evaluation.evaluate(set, page -> Prediction.ofBody(bodies.get(page.id())));
        assertEquals(0.958, r.aeb().f1(), 0.001);
        assertNull(r.bowAll());
        assertNull(r.snippets());
        assertTrue(r.metadata().isEmpty());
    }

    @Test
    void wcxb_truth_fed_back_as_prediction_scores_perfectly() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(WcxbDevReader.NAME));
        EvaluationReport r = evaluation.evaluate(set, ExtractionEvaluationTest::truthAsPrediction);
        assertEquals(1.0, r.bowAll().f1().mean(), EPS);
        assertEquals(1.0, r.bowArticles().f1().mean(), EPS);
        assertEquals(793, r.bowArticles().pages());
        assertNotNull(r.snippets());
        assertEquals(1.0, r.metadata().get(MetaField.TITLE).accuracy(), EPS);
        assertEquals(1.0, r.metadata().get(MetaField.AUTHOR).accuracy(), EPS);
        assertEquals(1.0, r.metadata().get(MetaField.DATE).accuracy(), EPS);
        assertEquals(0, r.metadata().get(MetaField.DATE).spurious());
    }

    @Test
    void trafilatura_eval_snippets_and_metadata_are_scored_on_the_annotated_pages() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(TrafilaturaEvalReader.NAME));
        EvaluationReport r = evaluation.evaluate(set, ExtractionEvaluationTest::truthAsPrediction);
        assertEquals(2951, r.snippets().tp() + r.snippets().fn(), "all with snippets counted");
        assertEquals(2966, r.snippets().fp() + r.snippets().tn(), "all without snippets counted");
        FieldTally title = r.metadata().get(MetaField.TITLE);
        assertEquals(851, title.withValue() + title.withoutValue());
        assertEquals(1.0, title.accuracy(), EPS);
        assertEquals(1.0, r.metadata().get(MetaField.AUTHOR).accuracy(), EPS);
        assertEquals(1.0, r.metadata().get(MetaField.DATE).accuracy(), EPS);
    }

    @Test
    void htmldate_truth_fed_back_as_prediction_scores_all_995_dated_pages() throws IOException {
        EvalSet set = EvalSets.open(SharedEvalData.set(HtmldateDatesReader.NAME));
        EvaluationReport r = evaluation.evaluate(set, ExtractionEvaluationTest::truthAsPrediction);
        FieldTally dates = r.metadata().get(MetaField.DATE);
        assertEquals(new FieldTally(995, 0, 0, 0, 5), dates);
        assertEquals(Set.of(MetaField.DATE), r.metadata().keySet());
    }

    private static Prediction truthAsPrediction(EvalPage page) {
        Truth t = page.truth();
        return new Prediction(t.body(), t.title(), t.authors(), t.date());
    }
}
