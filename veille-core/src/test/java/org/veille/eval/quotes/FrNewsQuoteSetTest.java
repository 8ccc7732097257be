package org.veille.eval.quotes;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.eval.SharedEvalData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the real set (skips without {@code ../shared}) and checks that the gold scores perfectly against itself. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrNewsQuoteSetTest {

    @Test
    void reads_every_article_with_its_pages_and_quotes() {
        List<GoldArticle> articles = FrNewsQuoteSet.read(SharedEvalData.quoteSet("fr-news-dev"));
        assertEquals(12, articles.size());
        assertTrue(articles.stream().mapToInt(a -> a.quotes().size()).sum() > 150);
        for (GoldArticle a : articles) {
            assertNotNull(a.dump(), a.id());
            assertNotNull(a.html(), a.id());
        }
        assertTrue(articles.stream().flatMap(a -> a.quotes().stream()).anyMatch(GoldQuote::anonymous));
        assertTrue(articles.stream().flatMap(a -> a.quotes().stream()).anyMatch(GoldQuote::pronounCue));
    }

    @Test
    void the_gold_quotes_score_perfectly_through_an_alignment_of_the_text_with_itself() {
        QuoteTally tally = new QuoteTally();
        for (GoldArticle a : FrNewsQuoteSet.read(SharedEvalData.quoteSet("fr-news-dev"))) {
            TextAlignment alignment = TextAlignment.of(a.text(), a.text());
            List<ScoredQuote> predicted = a.quotes().stream().map(q -> {
                int[] span = alignment.map(q.start(), q.end());
                return new ScoredQuote(span[0], span[1], q.speaker());
            }).toList();
            tally.add(a, predicted, a.quotes().stream().map(GoldQuote::text).toList());
        }
        QuoteScores s = tally.result();
        for (SpanCriterion c : SpanCriterion.values()) {
            assertEquals(1.0, s.spans().get(c).score().f1(), 1e-12, c.label());
        }
        assertEquals(1.0, s.speaker().value(), 1e-12);
    }
}
