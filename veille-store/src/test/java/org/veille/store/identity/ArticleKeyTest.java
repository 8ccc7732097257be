package org.veille.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.veille.model.ArticleRecord;
import org.veille.model.Extraction;
import org.veille.model.PageType;
import org.veille.model.Source;

class ArticleKeyTest {

    private static ArticleRecord record(String uri, String declaredUrl) {
        Extraction extraction = new Extraction(declaredUrl, null, PageType.ARTICLE, "T", null, List.of(), null,
                List.of("Body."), List.of(), "test");
        return new ArticleRecord("0123456789abcdef", new Source(uri, null, null, 5), extraction, null, null, List.of(), null);
    }

    @Test
    void urlsPeopleShareForOneStoryMeet() {
        String canonical = "https://news.example/a/story";
        for (String url : List.of("https://news.example/a/story", "HTTPS://News.Example/a/story/", "https://news.example:443/a/story",
                "https://news.example/a/story#comments", "https://news.example/a/story?utm_source=x&utm_medium=y",
                "https://news.example/a/story?fbclid=abc", " https://news.example/a/story ")) {
            assertEquals(canonical, ArticleKey.canonicalUrl(url), url);
        }
        assertEquals("https://news.example/a/story?id=7", ArticleKey.canonicalUrl("https://news.example/a/story/?utm_campaign=z&id=7#top"),
                "parameters that name the page stay");
        assertEquals("http://news.example:8080/A", ArticleKey.canonicalUrl("http://NEWS.example:8080/A"), "paths keep their case");
    }

    @Test
    void onlyHttpUrlsAreUrls() {
        assertNull(ArticleKey.canonicalUrl("pages/story.html"));
        assertNull(ArticleKey.canonicalUrl("ftp://news.example/x"));
        assertNull(ArticleKey.canonicalUrl("https://"));
        assertNull(ArticleKey.canonicalUrl("not a url at all"));
        assertNull(ArticleKey.canonicalUrl(null));
    }

    @Test
    void theDeclaredUrlWinsThenTheFetchedOneThenTheRecordId() {
        assertEquals(new ArticleKey("https://news.example/x", "news.example"),
                ArticleKey.of(record("https://m.news.example/x?amp=1", "https://www.news.example/x".replace("www.", ""))));
        assertEquals(new ArticleKey("https://www.news.example/y", "news.example"), ArticleKey.of(record("https://www.news.example/y/", null)));
        assertEquals(new ArticleKey("id:0123456789abcdef", null), ArticleKey.of(record("pages/y.html", null)));
    }

    @Test
    void contentHashFollowsTitleAndParagraphsOnly() {
        Extraction a = new Extraction(null, null, PageType.ARTICLE, "T", null, List.of(), "2024-01-01", List.of("ab", "c"), List.of(), "x");
        Extraction sameText = new Extraction("https://x.example", "Site", PageType.ARTICLE, "T", "S", List.of("A. B"), null,
                List.of("ab", "c"), List.of("caption"), "y");
        Extraction split = new Extraction(null, null, PageType.ARTICLE, "T", null, List.of(), null, List.of("a", "bc"), List.of(), "x");
        assertEquals(ContentHash.of(a), ContentHash.of(sameText));
        assertEquals(32, ContentHash.of(a).length());
        org.junit.jupiter.api.Assertions.assertNotEquals(ContentHash.of(a), ContentHash.of(split));
    }
}
