package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;
import static org.veille.extract.TestDocuments.P3;
import static org.veille.extract.TestDocuments.PROSE;
import static org.veille.extract.TestDocuments.article;
import static org.veille.extract.TestDocuments.extractHtml;

import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;
import org.veille.model.PageType;

/** Articles, listings, product pages and forum threads are told apart; each keeps its own main content. */
class PageTypeTest {

    @Test
    void aPageWithARunOfProseIsAnArticle() {
        assertEquals(PageType.ARTICLE, extractHtml(article("", "", "")).pageType());
    }

    @Test
    void aPageOfLinksIsAListing() {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            links.append("<li><a href=\"/local/story-").append(i).append("\">Local story number ").append(i)
                    .append(" about the town and its people</a></li>\n");
        }
        String page = """
                <html><head><title>Local news - Mill Street Messenger</title></head><body>
                <h1>Local news</h1><ul class="teasers">%s</ul></body></html>""".formatted(links);
        Extraction extraction = extractHtml(page, "https://messenger.example/local/");
        assertEquals(PageType.LISTING, extraction.pageType());
        assertTrue(extraction.paragraphs().contains("Local story number 7 about the town and its people"),
                "a listing keeps its links as its content");
    }

    @Test
    void aPageDeclaringACollectionIsAListing() {
        String page = """
                <html><head><title>Archive</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Archive"}</script>
                </head><body><div><p>%s</p><p>%s</p><p>%s</p></div></body></html>""".formatted(P1, P2, P3);
        assertEquals(PageType.LISTING, extractHtml(page).pageType());
    }

    @Test
    void aPageDeclaringAProductIsAProductPage() {
        String page = """
                <html><head><title>Cast-iron kettle, 1.5 litres - Hearth & Home</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"Product","name":"Cast-iron kettle, 1.5 litres",
                 "offers":{"@type":"Offer","price":"49.00","priceCurrency":"EUR"}}
                </script></head><body>
                <h1>Cast-iron kettle, 1.5 litres</h1>
                <p>Enamelled inside, suitable for every kind of hob including induction, with a beech-wood handle that stays cool.</p>
                <p>Price: 49.00 euros. Delivered in three working days.</p>
                </body></html>""";
        Extraction extraction = extractHtml(page);
        assertEquals(PageType.PRODUCT, extraction.pageType());
        assertTrue(extraction.text().contains("beech-wood handle"));
    }

    @Test
    void aForumThreadKeepsItsRepliesAsContent() {
        String page = """
                <html><head><title>Best route from Ashcombe to the coast by bike?</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"DiscussionForumPosting",
                 "headline":"Best route from Ashcombe to the coast by bike?","author":{"@type":"Person","name":"Rowan Tate"}}
                </script></head><body>
                <div class="thread">
                  <div class="post"><p>I am planning to cycle from Ashcombe to the coast next weekend. Which route avoids the main road?</p></div>
                  <div class="comment"><p>Take the old railway path along the river; it is flat, quiet and only muddy after heavy rain.</p></div>
                  <div class="comment"><p>The lanes through Tollbridge are lovely too, but the hill after the church is very steep.</p></div>
                </div></body></html>""";
        Extraction extraction = extractHtml(page);
        assertEquals(PageType.FORUM, extraction.pageType());
        assertTrue(extraction.text().contains("old railway path"), "the first reply is content on a forum");
        assertTrue(extraction.text().contains("hill after the church"), "the second reply is content on a forum");
    }

    @Test
    void aForumAddressMakesRepliesContentWithoutAnyDeclaration() {
        String page = """
                <html><head><title>Kettle descaling tips</title></head><body>
                <div class="post"><p>How do you descale an enamelled kettle without damaging the coating inside it?</p></div>
                <div class="comment"><p>Boil a mix of water and white vinegar, leave it overnight, then rinse it three times.</p></div>
                </body></html>""";
        Extraction extraction = extractHtml(page, "https://forum.example/threads/kettle-descaling-tips.4411/");
        assertEquals(PageType.FORUM, extraction.pageType());
        assertTrue(extraction.text().contains("white vinegar"));
    }

    @Test
    void aNewsArticleInACommunitySectionIsNotAForum() {
        String page = article("", "", """
                <section class="comments"><div class="comment">
                <p>I used this library every week as a child and it breaks my heart to see it boarded up.</p></div></section>""");
        Extraction extraction = extractHtml(page, "https://messenger.example/community/library-roof-repairs-to-begin-in-march");
        assertEquals(PageType.ARTICLE, extraction.pageType());
        assertEquals(PROSE, extraction.paragraphs());
    }

    @Test
    void aShortPageWithoutProseOrLinksIsOther() {
        String page = """
                <html><head><title>Contact</title></head><body><h1>Contact</h1><p>Call 01234 567890</p></body></html>""";
        assertEquals(PageType.OTHER, extractHtml(page).pageType());
    }
}
