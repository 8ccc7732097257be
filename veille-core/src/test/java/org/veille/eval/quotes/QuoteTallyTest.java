package org.veille.eval.quotes;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuoteTallyTest {

    private static GoldQuote quote(String kind, int start, int end, String speaker, String resolution) {
        return new GoldQuote(kind, "x".repeat(end - start), start, end, speaker, List.of(), List.of(), false,
                resolution, "dit", null);
    }

    @Test
    void counts_quotes_speakers_and_kinds() {
        GoldArticle article = new GoldArticle("a1", null, null, "t".repeat(200), List.of(
                quote("direct", 0, 20, "Pavel Slunkin", "named"),
                quote("indirect", 30, 60, "Pavel Slunkin", "pronoun"),
                quote("mixed", 100, 110, "Anna Ivanova", "named")));
        List<ScoredQuote> predicted = List.of(
                new ScoredQuote(0, 20, "Pavel Slunkin"),   // exact, right speaker
                new ScoredQuote(35, 70, "Anna Ivanova"),   // overlap 25/30, wrong speaker (pronoun cue)
                new ScoredQuote(150, 170, null));          // invented
        QuoteTally tally = new QuoteTally();
        tally.add(article, predicted, List.of("p1", "p2", "p3"));
        QuoteScores s = tally.result();

        assertEquals(new SpanCounts(2, 1, 1), s.spans().get(SpanCriterion.OVERLAP_30));
        assertEquals(new SpanCounts(2, 1, 1), s.spans().get(SpanCriterion.OVERLAP_80));
        assertEquals(new SpanCounts(1, 2, 2), s.spans().get(SpanCriterion.EXACT));
        assertEquals(new Ratio(1, 2), s.speaker());
        assertEquals(new Ratio(0, 1), s.pronounSpeaker());
        assertEquals(new Ratio(1, 1), s.recallByKind().get("direct"));
        assertEquals(new Ratio(0, 1), s.recallByKind().get("mixed"));
        assertEquals(List.of(QuoteFinding.Kind.WRONG_SPEAKER, QuoteFinding.Kind.MISSED, QuoteFinding.Kind.INVENTED),
                s.findings().stream().map(QuoteFinding::kind).toList());
        assertEquals(2.0 / 3, s.spans().get(SpanCriterion.OVERLAP_30).score().f1(), 1e-12);
    }
}
