package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.EXTRACTOR;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;
import static org.veille.extract.TestDocuments.P3;
import static org.veille.extract.TestDocuments.PROSE;
import static org.veille.extract.TestDocuments.html;
import static org.veille.extract.TestDocuments.value;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

/** When the markup gives no body, the extractor falls back in order and says which fallback it used. */
class FallbackTest {

    private static List<String> codes(Outcome<Extraction> outcome) {
        return outcome.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void theBodyMarkupWinsWhenItHoldsTheText() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="article-body"><p>%s</p><p>%s</p><p>%s</p></div></body></html>""".formatted(P1, P2, P3);
        Outcome<Extraction> outcome = EXTRACTOR.extract(html(page));
        assertEquals(PROSE, value(outcome).paragraphs());
        assertTrue(value(outcome).method().startsWith("html:"), value(outcome).method());
        assertEquals(List.of(), codes(outcome));
    }

    @Test
    void aJavaScriptRenderedPageFallsBackToTheJsonLdArticleBody() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Library roof repairs to begin in March",
                 "articleBody":"%s\\n\\n%s\\n%s"}
                </script></head>
                <body><div id="app"></div><script src="/bundle.js"></script></body></html>""".formatted(P1, P2, P3);
        Outcome<Extraction> outcome = EXTRACTOR.extract(html(page));
        Extraction extraction = value(outcome);
        assertEquals(PROSE, extraction.paragraphs());
        assertEquals("html:json-ld:articleBody", extraction.method());
        assertTrue(codes(outcome).contains("markup-body-hidden"));
    }

    @Test
    void theJsonLdArticleBodyReplacesATeaserWhenItIsMuchLonger() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title>
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Library roof repairs to begin in March","articleBody":"%s\\n%s\\n%s"}
                </script></head>
                <body><div class="article-body"><p>The town council met on Tuesday evening to decide the future of the old library.</p>
                <div class="paywall">Subscribe to read the rest of this story.</div></div></body></html>""".formatted(P1, P2, P3);
        Extraction extraction = value(EXTRACTOR.extract(html(page)));
        assertEquals(PROSE, extraction.paragraphs());
        assertEquals("html:json-ld:articleBody", extraction.method());
    }

    @Test
    void entitiesInTheJsonLdArticleBodyAreDecoded() {
        String page = """
                <html><head><title>Library</title>
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Library","articleBody":"The council&#39;s vote was close &amp; tense. %s"}
                </script></head><body><div id="root"></div></body></html>""".formatted(P1);
        Extraction extraction = value(EXTRACTOR.extract(html(page)));
        assertEquals(List.of("The council's vote was close & tense. " + P1), extraction.paragraphs());
    }

    @Test
    void aJsonLdArticleBodyStoredAsHtmlIsReadAsHtml() {
        String page = """
                <html><head><title>Library</title>
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Library","articleBody":"<p>%s</p><p>%s<br></p>\\n<p class=\\"end\\">%s</p>"}
                </script></head><body><div id="root"></div></body></html>""".formatted(P1, P2, P3);
        Extraction extraction = value(EXTRACTOR.extract(html(page)));
        assertEquals(PROSE, extraction.paragraphs());
    }

    @Test
    void withoutAnyMainContainerTheWholePageTextIsKept() {
        // A subscriber-only page: the only prose container holds the paywall prompt, which is furniture.
        String page = """
                <html><head><title>Library roof repairs to begin in March</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Library roof repairs to begin in March"}</script>
                </head><body>
                <h1>Library roof repairs to begin in March</h1>
                <p class="standfirst">Work starts in March</p>
                <div class="teaser"><p>Subscribe now to read this story and every other article of the Messenger, with the archive since 1998, the crossword and the morning briefing, for one pound a week during the first year, cancel anytime.</p></div>
                </body></html>""";
        Outcome<Extraction> outcome = EXTRACTOR.extract(html(page));
        Extraction extraction = value(outcome);
        assertEquals("html:whole-page", extraction.method());
        assertEquals(List.of("Work starts in March"), extraction.paragraphs());
        assertTrue(codes(outcome).contains("no-main-content"));
    }

    @Test
    void aPageWithNoVisibleTextYieldsAnEmptyBodyAndSaysSo() {
        Outcome<Extraction> outcome = EXTRACTOR.extract(html("<html><head><title>Blank</title></head><body><img src=x></body></html>"));
        Extraction extraction = value(outcome);
        assertEquals(List.of(), extraction.paragraphs());
        assertEquals("Blank", extraction.title());
        assertTrue(codes(outcome).contains("no-text"));
    }

    @Test
    void textCutIntoWidgetsIsReadAgainWithLighterCleaning() {
        // Every paragraph sits in its own "widget": the weak furniture rule removes each one, as each
        // holds a small share of the page; only the lighter second reading finds the text.
        StringBuilder widgets = new StringBuilder();
        for (String paragraph : List.of(P1, P2, P3)) {
            widgets.append("<div class=\"widget-wrap\"><div class=\"widget text-widget\"><p>")
                    .append(paragraph).append("</p></div></div>");
        }
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="page">%s</div></body></html>""".formatted(widgets);
        Extraction extraction = value(EXTRACTOR.extract(html(page)));
        assertEquals(PROSE, extraction.paragraphs());
        assertTrue(extraction.method().startsWith("html:light:"), extraction.method());
    }

    @Test
    void aStoryInsideAShareClassedWrapperIsFoundByTheLighterCleaning() {
        // The story sits in a "sharing container" next to a long menu: it holds less than the share of
        // the page that guards strong furniture, so the normal cleaning removes it and leaves nothing.
        StringBuilder menu = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            menu.append("<div class=\"menu-entry\"><a href=\"/d").append(i).append("\">Department of public works and services number ")
                    .append(i).append("</a></div>");
        }
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="site-directory">%s</div>
                <div class="documentContent__sharingContainer"><p>%s</p><p>%s</p><p>%s</p></div>
                </body></html>""".formatted(menu, P1, P2, P3);
        Extraction extraction = value(EXTRACTOR.extract(html(page)));
        assertEquals(PROSE, extraction.paragraphs());
        assertTrue(extraction.method().startsWith("html:light:"), extraction.method());
    }
}
