package org.veille.eval.quotes;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.eval.SharedEvalData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the real PolNeAR dev split (skips without {@code ../shared}). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PolnearSetTest {

    @Test
    void reads_each_article_once_with_contents_cues_and_sources() {
        List<GoldArticle> articles = PolnearSet.read(SharedEvalData.quoteSet("polnear").resolve("data/dev"));
        assertEquals(84, articles.size());
        List<GoldQuote> quotes = articles.stream().flatMap(a -> a.quotes().stream()).toList();
        assertTrue(quotes.size() > 1500, "attributions: " + quotes.size());
        for (GoldArticle a : articles) {
            for (GoldQuote q : a.quotes()) {
                int from = a.text().offsetByCodePoints(0, q.start());
                assertEquals(q.text(), a.text().substring(from, a.text().offsetByCodePoints(from, q.end() - q.start())));
            }
        }
        long pronouns = quotes.stream().filter(GoldQuote::pronounCue).count();
        long withSource = quotes.stream().filter(q -> q.source() != null).count();
        assertTrue(pronouns > 0.08 * withSource && pronouns < 0.3 * withSource, pronouns + " of " + withSource);
        assertTrue(quotes.stream().anyMatch(q -> "direct".equals(q.kind())));
    }

    @Test
    void the_gold_scores_perfectly_against_itself_sources_included() {
        QuoteTally tally = new QuoteTally();
        for (GoldArticle a : PolnearSet.read(SharedEvalData.quoteSet("polnear").resolve("data/dev"))) {
            tally.add(a, a.quotes().stream().map(q -> new ScoredQuote(q.start(), q.end(), q.speaker(), q.source())).toList(),
                    a.quotes().stream().map(GoldQuote::text).toList());
        }
        QuoteScores s = tally.result();
        assertEquals(1.0, s.spans().get(SpanCriterion.OVERLAP_30).score().f1(), 1e-12);
        assertEquals(1.0, s.sources().score().f1(), 1e-12);
    }
}
