package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.veille.model.ArticleRecord;
import org.veille.model.Entity;
import org.veille.model.Mention;
import org.veille.model.Quote;
import org.veille.output.ArticleJson;

class SyntheticArticlesTest {
    private final ArticleJson json = new ArticleJson();

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        SyntheticArticles first = new SyntheticArticles(7);
        SyntheticArticles again = new SyntheticArticles(7);
        SyntheticArticles other = new SyntheticArticles(8);
        for (int n = 0; n < 50; n++) {
            assertEquals(json.toJson(first.article(n)), json.toJson(again.article(n)), "article " + n);
        }
        assertNotEquals(json.toJson(first.article(3)), json.toJson(other.article(3)));
        // Article n does not depend on which articles were made before it.
        assertEquals(json.toJson(first.article(40)), json.toJson(new SyntheticArticles(7).article(40)));
    }

    @Test
    void articlesHaveTheAdvertisedSizesAndTrueOffsets() {
        SyntheticArticles corpus = new SyntheticArticles(1);
        Map<String, Integer> languages = new HashMap<>();
        for (int n = 0; n < 300; n++) {
            ArticleRecord record = corpus.article(n);
            String text = record.extraction().text();
            int words = text.split("[^\\p{L}\\p{N}]+").length;
            assertTrue(words >= 500 && words <= 1000, n + ": " + words + " words");
            int entities = record.analysis().entities().size();
            assertTrue(entities >= 10 && entities <= 25, n + ": " + entities + " entities");
            int quotes = record.analysis().quotes().size();
            assertTrue(quotes >= 5 && quotes <= 15, n + ": " + quotes + " quotes");
            for (Entity entity : record.analysis().entities()) {
                assertTrue(!entity.mentions().isEmpty(), n + ": " + entity.name() + " never mentioned");
                for (Mention mention : entity.mentions()) {
                    assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
                }
            }
            for (Quote quote : record.analysis().quotes()) {
                assertTrue(quote.end() <= text.length() && quote.start() < quote.end(), n + ": " + quote);
            }
            languages.merge(record.language().language(), 1, Integer::sum);
        }
        assertTrue(languages.get("fr") > 100 && languages.get("en") > 100, languages.toString());
    }

    @Test
    void someArticlesAreCopiesOfEarlierOnesAtAnotherAddress() {
        SyntheticArticles corpus = new SyntheticArticles(1);
        Map<String, String> urlByTitle = new HashMap<>();
        int copies = 0;
        for (int n = 0; n < 1000; n++) {
            ArticleRecord record = corpus.article(n);
            String before = urlByTitle.putIfAbsent(record.extraction().title(), record.extraction().url());
            if (before != null && !before.equals(record.extraction().url())) {
                copies++;
            }
        }
        assertTrue(copies >= 20 && copies <= 90, copies + " copies in 1000");
    }
}
