package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;
import static org.veille.extract.TestDocuments.P3;
import static org.veille.extract.TestDocuments.extractHtml;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;

/** The lead paragraph printed between the headline and the body, in a box of its own, opens the text. */
class StandfirstTest {
    private static final String LEAD = "After months of delays, the council has finally agreed a plan and a budget for the old"
            + " library, and work on the roof will start in the spring.";

    private static String page(String header) {
        return """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article>
                %s
                <div class="article-body"><p>%s</p><p>%s</p><p>%s</p></div>
                </article>
                <aside class="sidebar"><p>Most read today across the whole site.</p></aside>
                </body></html>
                """.formatted(header, P1, P2, P3);
    }

    @Test
    void aLeadBoxBetweenTheHeadlineAndTheBodyJoinsTheBody() {
        Extraction extraction = extractHtml(page("""
                <h1>Library roof repairs to begin in March</h1>
                <div class="article__intro"><p>%s</p></div>""".formatted(LEAD)));
        assertEquals(List.of(LEAD, P1, P2, P3), extraction.paragraphs());
    }

    @Test
    void aStoryHeaderInsideTheArticleKeepsItsStandfirst() {
        Extraction extraction = extractHtml(page("""
                <header><h1>Library roof repairs to begin in March</h1><p class="lead">%s</p></header>""".formatted(LEAD)));
        assertEquals(List.of(LEAD, P1, P2, P3), extraction.paragraphs());
    }

    @Test
    void aMarkedSubtitleJoinsEvenWithoutAFullStop() {
        String subtitle = "Insurers still have to approve the contractor's estimate for the works";
        Extraction extraction = extractHtml(page("""
                <h1>Library roof repairs to begin in March</h1>
                <h2 class="article-subtitle">%s</h2>""".formatted(subtitle)));
        assertEquals(List.of(subtitle, P1, P2, P3), extraction.paragraphs());
    }

    @Test
    void aBylineAndADatelineAboveTheBodyStayOut() {
        Extraction extraction = extractHtml(page("""
                <h1>Library roof repairs to begin in March</h1>
                <p class="byline">By Jane Smith</p>
                <p class="dateline">PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p>"""));
        assertEquals(List.of(P1, P2, P3), extraction.paragraphs());
    }

    @Test
    void proseAboveTheHeadlineIsNoStandfirst() {
        String teaser = "Another story entirely, about the swimming pool closing for the whole of August this year, is here.";
        Extraction extraction = extractHtml(page("""
                <div class="promo-box"><p>%s</p></div>
                <h1>Library roof repairs to begin in March</h1>""".formatted(teaser)));
        assertFalse(extraction.paragraphs().contains(teaser));
    }

    @Test
    void leadMarkupIsReadFromTheElementAndItsCloseAncestors() {
        Standfirst standfirst = new Standfirst();
        var doc = Jsoup.parse("<div class='texto-bajada'><div><p id='a'>x</p></div></div><div class='c-article-head__subTitle'>"
                + "<p id='b'>y</p></div><div class='article-meta'><p id='c'>z</p></div>");
        assertTrue(standfirst.isMarkedLead(doc.getElementById("a")));
        assertTrue(standfirst.isMarkedLead(doc.getElementById("b")));
        assertFalse(standfirst.isMarkedLead(doc.getElementById("c")));
    }
}
