package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportRendererTest {
    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void prints_the_aeb_result_among_the_published_peers_in_rank_order() {
        AebResult aeb = new AebResult(0.95, 0.96, 0.955, List.of(new AebPageScore("p", 1, 0, 0, 1, 1, 1)));
        EvaluationReport r = new EvaluationReport("scrapinghub-aeb", 1, List.of(), aeb, null, null, Map.of(),
                null, Map.of(), List.of());
        String text = renderer.render(r);
        assertTrue(text.contains("F1 0.955"), text);
        int trafilatura = text.indexOf("trafilatura 2.x    0.958");
        int ours = text.indexOf("this run           0.955");
        int newspaper = text.indexOf("newspaper4k        0.949");
        assertTrue(trafilatura >= 0 && trafilatura < ours && ours < newspaper, text);
        assertTrue(text.contains("per-page F1: mean 1.000, median 1.000"), text);
    }

    @Test
    void prints_metadata_accuracy_with_spurious_outputs_and_date_peers_for_htmldate() {
        EvaluationReport r = new EvaluationReport("htmldate-dates", 10, List.of("p9"), null, null, null, Map.of(),
                null, Map.of(MetaField.DATE, new FieldTally(8, 1, 0, 1, 0)), List.of());
        String text = renderer.render(r);
        assertTrue(text.contains("1 failed (scored as empty: p9)"), text);
        assertTrue(text.contains("0.889 (8/9)"), text);
        assertTrue(text.contains("1/1 (1.000)"), text);
        assertTrue(text.contains("htmldate           0.949"), text);
    }

    @Test
    void prints_snippet_counts_with_trafilatura_eval_peers() {
        EvaluationReport r = new EvaluationReport("trafilatura-eval", 2, List.of(), null, null, null, Map.of(),
                new SnippetCounts(9, 1, 1, 9), Map.of(), List.of());
        String text = renderer.render(r);
        assertTrue(text.contains("TP 9  FN 1  FP 1  TN 9"), text);
        assertTrue(text.contains("F1 0.900"), text);
        assertTrue(text.contains("jusText            0.862"), text);
    }
}
