package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.veille.extract.html.FurnitureAttributes.Strength;

/** What an element's class and id say about it: furniture (strong, weak, discussion) or nothing. */
class FurnitureAttributesTest {
    private final FurnitureAttributes attributes = new FurnitureAttributes();

    private Strength classify(String openingTag) {
        Element element = Jsoup.parseBodyFragment(openingTag).body().child(0);
        return attributes.classify(element);
    }

    @Test
    void classNamesAreSplitAtPunctuationAndCamelCase() {
        assertEquals(List.of("article", "share", "bar", "top"), FurnitureAttributes.tokens("articleShareBar--top"));
        assertEquals(List.of("c", "cookie", "banner"), FurnitureAttributes.tokens("c_cookie-banner2"));
    }

    @Test
    void stateAndTaxonomyClassNamesAreIgnored() {
        assertEquals("post main ", FurnitureAttributes.withoutModifiers("post category-ads has-sidebar tag-social sidebar-enabled main"));
        assertEquals("product instock ", FurnitureAttributes.withoutModifiers("product product_tag-gifts product_cat-sale instock"));
        assertEquals(Strength.NONE, classify("<div class=\"product product_tag-sidebar-picks product_cat-widgets\"></div>"));
    }

    @Test
    void shareAdCookieAndNewsletterClassesAreStrongFurniture() {
        assertEquals(Strength.STRONG, classify("<div class=\"share-tools\"></div>"));
        assertEquals(Strength.STRONG, classify("<div id=\"div-gpt-ad-1\"></div>"));
        assertEquals(Strength.STRONG, classify("<div class=\"CookieBanner\"></div>"));
        assertEquals(Strength.STRONG, classify("<section class=\"newsletter-box\"></section>"));
    }

    @Test
    void multiWordPhrasesMatchConsecutiveTokens() {
        assertEquals(Strength.STRONG, classify("<div class=\"read-more-links\"></div>"));
        assertEquals(Strength.STRONG, classify("<div class=\"mostPopular\"></div>"));
        assertEquals(Strength.NONE, classify("<div class=\"more-read\"></div>"));
    }

    @Test
    void commentThreadsAreDiscussion() {
        assertEquals(Strength.DISCUSSION, classify("<section id=\"comments\"></section>"));
        assertEquals(Strength.DISCUSSION, classify("<div class=\"disqus_thread\"></div>"));
    }

    @Test
    void sidebarsMenusAndFootersAreWeakFurniture() {
        assertEquals(Strength.WEAK, classify("<div class=\"sidebar\"></div>"));
        assertEquals(Strength.WEAK, classify("<div class=\"site-footer\"></div>"));
        assertEquals(Strength.WEAK, classify("<div class=\"post-meta\"></div>"));
    }

    @Test
    void theStrongestMarkWins() {
        assertEquals(Strength.STRONG, classify("<div class=\"sidebar share\"></div>"));
    }

    @Test
    void contentClassesAndBareElementsAreNotFurniture() {
        assertEquals(Strength.NONE, classify("<div class=\"article-body\"></div>"));
        assertEquals(Strength.NONE, classify("<div></div>"));
        assertEquals(Strength.NONE, classify("<article class=\"post category-ads has-comments\"></article>"));
    }

    @Test
    void authorBoxesAreWeakFurnitureButAuthorNamesAloneAreNot() {
        assertEquals(Strength.WEAK, classify("<div class=\"post-author\"></div>"));
        assertEquals(Strength.WEAK, classify("<div class=\"cbx-Author_InfoContainer\"></div>"));
        assertEquals(Strength.NONE, classify("<span class=\"author-name\"></span>"));
    }

    @Test
    void forumUserCardsAreWeakFurnitureButThePostIsNot() {
        assertEquals(Strength.WEAK, classify("<div class=\"message-userExtras\"></div>"));
        assertEquals(Strength.WEAK, classify("<h5 class=\"userTitle message-userTitle\"></h5>"));
        assertEquals(Strength.WEAK, classify("<dl class=\"postprofile\"></dl>"));
        assertEquals(Strength.WEAK, classify("<ul class=\"message-attribution-opposite\"></ul>"));
        assertEquals(Strength.NONE, classify("<div class=\"message-userContent\"></div>"));
        assertEquals(Strength.NONE, classify("<header class=\"message-attribution-main\"></header>"));
    }

    @Test
    void siteAndStoryHeadersAreWeakFurnitureButHeadsOfContentBlocksAreNot() {
        assertEquals(Strength.WEAK, classify("<div class=\"site-header\"></div>"));
        assertEquals(Strength.WEAK, classify("<div id=\"global-header-wrapper\"></div>"));
        assertEquals(Strength.WEAK, classify("<div class=\"entry-header\"></div>"));
        assertEquals(Strength.NONE, classify("<article class=\"recipe-header\"></article>"));
        assertEquals(Strength.NONE, classify("<table class=\"ingredients table-header\"></table>"));
    }

    @Test
    void printControlsAreFurnitureButPrintLayoutClassesAreNot() {
        assertEquals(Strength.STRONG, classify("<a class=\"print-button\"></a>"));
        assertEquals(Strength.STRONG, classify("<div class=\"noprint\"></div>"));
        assertEquals(Strength.NONE, classify("<div class=\"col-sm-6 print-full\"></div>"));
    }
}
