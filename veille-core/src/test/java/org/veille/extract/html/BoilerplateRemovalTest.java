package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;
import static org.veille.extract.TestDocuments.P3;
import static org.veille.extract.TestDocuments.PROSE;
import static org.veille.extract.TestDocuments.article;
import static org.veille.extract.TestDocuments.extractHtml;

import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;
import org.veille.model.PageType;

/**
 * Every kind of page furniture stays out of the body, and furniture-sounding class names on the
 * wrappers that hold the article do not empty the page. Each fixture puts the furniture inside the
 * article's container, where only the cleaner can tell it apart, and the body must be the prose alone.
 */
class BoilerplateRemovalTest {

    private static void assertOnlyProse(Extraction extraction, String... absent) {
        assertEquals(PROSE, extraction.paragraphs());
        for (String text : absent) {
            assertFalse(extraction.text().contains(text), () -> "furniture in the body: " + text);
            assertFalse(extraction.captions().contains(text), () -> "furniture in the captions: " + text);
        }
    }

    @Test
    void navigationMenusAreRemovedFromTheBody() {
        String nav = """
                <nav class="section-nav" aria-label="Sections">
                  <p>Sections of the Mill Street Messenger, updated every morning by the web desk.</p>
                  <ul><li><a href="/news">News</a></li><li><a href="/local">Local</a></li>
                  <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul>
                </nav>""";
        assertOnlyProse(extractHtml(article(nav, "", "")), "Sections of the Mill Street", "Weather");
    }

    @Test
    void menusMarkedWithTheMenuElementAreRemovedToo() {
        String menu = """
                <menu><li>Tools for this article: print it, save it for later or change the text size.</li></menu>""";
        assertOnlyProse(extractHtml(article("", menu, "")), "Tools for this article");
    }

    @Test
    void shareBarsAreRemovedFromTheBody() {
        String share = """
                <div class="article-share">
                  <p>Know someone who cares about the library? Send them this story before the next meeting.</p>
                  <a href="https://facebook.example/share">Facebook</a> <a href="https://x.example/share">X</a>
                  <a href="mailto:?subject=library">Email</a>
                </div>""";
        assertOnlyProse(extractHtml(article("", share, "")), "Know someone who cares", "Facebook");
    }

    @Test
    void cookieConsentBannersAreRemovedFromTheBody() {
        String banner = """
                <div id="consent-banner" class="cmp-container">
                  <p>This site relies on small files stored in your browser to count visits and to remember your choices.</p>
                  <button>Accept all</button><button>Refuse</button>
                </div>""";
        assertOnlyProse(extractHtml(article("", banner, "")), "small files stored in your browser", "Accept all");
    }

    @Test
    void cookieNoticesAreRemovedByTheirTextWhateverTheirMarkup() {
        String notice = """
                <p>We use cookies to improve your experience on our website. By browsing, you accept our cookie policy.</p>""";
        assertOnlyProse(extractHtml(article("", "", notice)), "We use cookies");
    }

    @Test
    void newsletterBoxesAreRemovedFromTheBody() {
        String box = """
                <div class="newsletter-signup">
                  <p>Every weekday morning our editors choose the five local stories you should not miss, before breakfast.</p>
                  <form><input type="email"><button>Go</button></form>
                </div>""";
        assertOnlyProse(extractHtml(article("", box, "")), "five local stories");
    }

    @Test
    void relatedArticleBlocksAreRemovedFromTheBody() {
        String related = """
                <div class="related-stories">
                  <h3>More on this</h3>
                  <p>The library's roof was last replaced in 1974, when the building was extended for the county archive.</p>
                  <ul><li><a href="/mill-street-traders">Mill Street traders fear months of disruption</a></li>
                  <li><a href="/archive-move">County archive to move to the old school</a></li></ul>
                </div>""";
        assertOnlyProse(extractHtml(article("", "", related)), "More on this", "last replaced in 1974", "Mill Street traders");
    }

    @Test
    void readMoreTeasersAreRemovedByTheirText() {
        String teaser = """
                <p><strong>Read more:</strong> <a href="/pool">Swimming pool to close for the whole of August</a></p>
                <p>À lire aussi : la piscine municipale fermera tout le mois d'août</p>""";
        assertOnlyProse(extractHtml(article("", teaser, "")), "Read more", "piscine municipale");
    }

    @Test
    void commentThreadsAreRemovedFromArticles() {
        String comments = """
                <section id="comments" class="comments">
                  <h2>2 comments</h2>
                  <div class="comment"><p>I used this library every week as a child and it breaks my heart to see it boarded up.</p></div>
                  <div class="comment"><p>Two thousand signatures and it still took them a year to decide anything at all, typical.</p></div>
                </section>""";
        assertOnlyProse(extractHtml(article("", "", comments)), "boarded up", "Two thousand signatures");
    }

    @Test
    void pageFootersAreRemovedFromTheBody() {
        String footer = """
                <footer class="site-footer">
                  <p>The Mill Street Messenger is published by an independent cooperative of readers and journalists.</p>
                  <p>© 2024 Mill Street Messenger. All rights reserved.</p>
                </footer>""";
        assertOnlyProse(extractHtml(article("", "", footer)), "independent cooperative", "All rights reserved");
    }

    @Test
    void advertisementsAreRemovedFromTheBody() {
        String ads = """
                <div class="ad-slot" id="div-gpt-ad-inline"><span>Advertisement</span></div>
                <div class="sponsored"><p>Planning a loft conversion? Our partner builders offer free quotes across the county this spring.</p></div>""";
        assertOnlyProse(extractHtml(article("", ads, "")), "Advertisement", "loft conversion");
    }

    @Test
    void breadcrumbsAreRemovedFromTheBody() {
        String breadcrumb = """
                <ol class="breadcrumbs">
                  <li><a href="/">Home</a></li><li><a href="/local">Local news</a></li>
                  <li>Everything you need to know about the library, from the storm to the council's vote.</li>
                </ol>""";
        assertOnlyProse(extractHtml(article(breadcrumb, "", "")), "Local news", "Everything you need to know");
    }

    @Test
    void hiddenElementsAreRemovedFromTheBody() {
        String hidden = """
                <p style="display: none">This paragraph is hidden from readers with an inline display rule.</p>
                <div hidden><p>This paragraph sits in an element carrying the hidden attribute.</p></div>
                <p style="VISIBILITY:hidden">This paragraph is invisible because of its visibility rule.</p>""";
        assertOnlyProse(extractHtml(article("", hidden, "")), "hidden from readers", "hidden attribute", "invisible");
    }

    @Test
    void scriptsStylesAndFormsLeaveNoTextInTheBody() {
        String code = """
                <script>var message = "This script text must never be read as a paragraph of the article.";</script>
                <style>.story p { margin: 0 0 1em; font-family: Georgia, serif; }</style>
                <noscript><p>Please enable JavaScript to see the interactive map of the library works.</p></noscript>""";
        assertOnlyProse(extractHtml(article("", code, "")), "script text", "Georgia", "interactive map");
    }

    // The over-pruning guard: one misleading class name must not empty the page.

    @Test
    void aWrapperThatSaysItHasASidebarOrCommentsIsNotRemoved() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div id="page" class="layout has-sidebar with-comments">
                  <div class="story"><p>%s</p><p>%s</p><p>%s</p></div>
                  <aside class="sidebar"><p>Most read: the swimming pool closes for August.</p></aside>
                </div></body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page), "Most read");
    }

    @Test
    void aWrapperNamedAfterItsSidebarIsKeptWhenItHoldsTheText() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="content-with-sidebar">
                  <div class="story"><p>%s</p><p>%s</p><p>%s</p></div>
                </div></body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page));
    }

    @Test
    void aWordPressCategoryAdsClassOnTheArticleDoesNotEmptyThePage() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <article class="post-1042 post type-post status-publish format-standard category-ads tag-social">
                  <h1>Library roof repairs to begin in March</h1>
                  <div class="story"><p>%s</p><p>%s</p><p>%s</p></div>
                </article></body></html>""".formatted(P1, P2, P3);
        Extraction extraction = extractHtml(page);
        assertOnlyProse(extraction);
        assertEquals(PageType.ARTICLE, extraction.pageType());
    }

    @Test
    void aWordPressCategoryAdsClassOnAPostDivDoesNotEmptyThePage() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="hentry post category-ads tag-share-of-the-week">
                  <p>%s</p><p>%s</p><p>%s</p>
                </div></body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page));
    }

    @Test
    void anAspNetFormWrappingTheWholePageIsNotRemoved() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <form id="aspnetForm" method="post" action="./story.aspx?id=1042">
                  <div class="story"><p>%s</p><p>%s</p><p>%s</p></div>
                </form></body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page));
    }

    @Test
    void aPageMarkedAriaHiddenBehindAnOpenDialogIsStillRead() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="wrapper" aria-hidden="true"><div class="story"><p>%s</p><p>%s</p><p>%s</p></div></div>
                <div role="dialog" class="consent-dialog"><p>We value your privacy.</p><button>OK</button></div>
                </body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page), "We value your privacy");
    }

    @Test
    void aStrongFurnitureClassOnTheWrapperOfAllTheProseIsIgnored() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="page ad-free">
                  <p>%s</p><p>%s</p><p>%s</p>
                </div></body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page));
    }

    @Test
    void aPageRenderedForReadersWithoutScriptsIsReadFromItsNoscript() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div id="app"></div>
                <noscript><div class="crawler-post"><p>%s</p><p>%s</p><p>%s</p></div></noscript>
                </body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page));
    }

    @Test
    void aNoscriptNoticeBesideTheTextStaysOut() {
        String notice = "<noscript><p>Please turn on scripts in your browser to watch the video of the meeting.</p></noscript>";
        assertOnlyProse(extractHtml(article("", notice, "")), "turn on scripts");
    }

    @Test
    void aComponentContainerClassIsNotAConsentBanner() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="cmp-container"><div class="cmp-text"><p>%s</p><p>%s</p><p>%s</p></div></div>
                <ul class="menu"><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul>
                </body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page), "Sport");
    }

    @Test
    void skipLinksAreRemovedButSectionsNamedSkipTargetsAreNot() {
        String skip = """
                <a class="skip-link" href="#main">Skip to the main content of the Mill Street Messenger website</a>""";
        assertOnlyProse(extractHtml(article(skip, "", "")), "Skip to the main content");
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="story"><h1>Library roof repairs to begin in March</h1>
                <div class="skip-item" id="topic1"><p>%s</p></div>
                <div class="skip-item" id="topic2"><p>%s</p><p>%s</p></div></div></body></html>""".formatted(P1, P2, P3);
        assertOnlyProse(extractHtml(page));
    }

    @Test
    void aStoryCutIntoManyWidgetModulesIsKept() {
        // Each section of the text sits in its own "widget": each is a small share of the page, but
        // together they are the page's prose, so the weak furniture rule leaves them.
        StringBuilder modules = new StringBuilder();
        for (String paragraph : PROSE) {
            modules.append("<div class=\"c-product-widget\"><p>").append(paragraph).append("</p></div>");
        }
        StringBuilder menu = new StringBuilder("<div class=\"links\">");
        for (int i = 0; i < 12; i++) {
            menu.append("<a href=\"/s").append(i).append("\">Section number ").append(i).append(" of the site</a> ");
        }
        menu.append("</div>");
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                %s<div class="story"><h1>Library roof repairs to begin in March</h1>%s</div></body></html>""".formatted(menu, modules);
        Extraction extraction = extractHtml(page);
        assertOnlyProse(extraction, "Section number");
        assertFalse(extraction.method().startsWith("html:light:"), "found by the normal cleaning: " + extraction.method());
    }
}
