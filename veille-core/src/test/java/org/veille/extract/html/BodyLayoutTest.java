package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;
import static org.veille.extract.TestDocuments.P3;
import static org.veille.extract.TestDocuments.PROSE;
import static org.veille.extract.TestDocuments.article;
import static org.veille.extract.TestDocuments.extractHtml;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;

/** How the body's blocks come out: one paragraph per block, in reading order, captions apart. */
class BodyLayoutTest {

    @Test
    void subheadingsAreKeptAsParagraphsInTheirPlace() {
        Extraction extraction = extractHtml(article("", "<h2>What happens next</h2>", ""));
        assertEquals(List.of(P1, "What happens next", P2, P3), extraction.paragraphs());
    }

    @Test
    void aHeadingLeftWithNothingUnderItIsDropped() {
        Extraction extraction = extractHtml(article("", "", "<h3>More from the council</h3>"));
        assertEquals(PROSE, extraction.paragraphs());
    }

    @Test
    void listItemsAreKeptAsParagraphs() {
        String list = """
                <ul>
                  <li>a new slate roof over the reading room;</li>
                  <li>a lift to the first-floor <em>local history</em> collection;</li>
                  <li>new heating, paid for by the county.</li>
                </ul>""";
        Extraction extraction = extractHtml(article("", list, ""));
        assertEquals(List.of(P1, "a new slate roof over the reading room;",
                "a lift to the first-floor local history collection;", "new heating, paid for by the county.", P2, P3),
                extraction.paragraphs());
    }

    @Test
    void tableRowsAreKeptAsTextWithTheirCellsInOrder() {
        String table = """
                <table>
                  <thead><tr><th>Work</th><th>Cost</th><th>Start</th></tr></thead>
                  <tbody>
                    <tr><td>Roof</td><td>£410,000</td><td>March</td></tr>
                    <tr><td>Lift</td><td>£95,000</td><td>June</td></tr>
                  </tbody>
                </table>""";
        Extraction extraction = extractHtml(article("", table, ""));
        assertEquals(List.of(P1, "Work | Cost | Start", "Roof | £410,000 | March", "Lift | £95,000 | June", P2, P3),
                extraction.paragraphs());
    }

    @Test
    void twoLineBreaksSplitParagraphs() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="text">%s<br><br>%s<br>
                <br>%s</div></body></html>""".formatted(P1, P2, P3);
        assertEquals(PROSE, extractHtml(page).paragraphs());
    }

    @Test
    void aSingleLineBreakDoesNotSplitAParagraph() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="story"><p>%s<br>%s</p><p>%s</p></div></body></html>""".formatted(P1, P2, P3);
        assertEquals(List.of(P1 + " " + P2, P3), extractHtml(page).paragraphs());
    }

    @Test
    void paragraphsComeOutInReadingOrder() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="story">
                  <p>%s</p>
                  <div class="inline-box"><p>%s</p></div>
                  <blockquote><p>“We will have our library back before the summer,” said the mayor, to applause from the gallery.</p></blockquote>
                  <p>%s</p>
                </div></body></html>""".formatted(P1, P2, P3);
        assertEquals(List.of(P1, P2,
                "“We will have our library back before the summer,” said the mayor, to applause from the gallery.", P3),
                extractHtml(page).paragraphs());
    }

    @Test
    void inlineMarkupInsideAParagraphDoesNotSplitIt() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="story"><p>The town council met on <b>Tuesday</b> evening to decide the future of the
                <a href="/library">old library</a> on <span class="street">Mill&nbsp;Street</span>, which has been
                closed since a storm tore part of its roof away in the autumn.</p><p>%s</p><p>%s</p></div></body></html>"""
                .formatted(P2, P3);
        assertEquals(PROSE, extractHtml(page).paragraphs());
    }

    @Test
    void figureCaptionsAreKeptApartFromTheBody() {
        String figure = """
                <figure><img src="roof.jpg" alt=""><figcaption>Tarpaulins over the library roof after the storm</figcaption></figure>""";
        Extraction extraction = extractHtml(article("", figure, ""));
        assertEquals(PROSE, extraction.paragraphs());
        assertEquals(List.of("Tarpaulins over the library roof after the storm"), extraction.captions());
    }

    @Test
    void elementsClassedAsCaptionsAreKeptApartFromTheBody() {
        String captioned = """
                <div class="wp-caption"><img src="petition.jpg" alt="">
                  <p class="wp-caption-text">Campaigners hand the petition to the mayor on Tuesday</p></div>
                <div class="image"><img src="reading-room.jpg" alt=""><span class="caption">The reading room in 1974</span></div>""";
        Extraction extraction = extractHtml(article("", captioned, ""));
        assertEquals(PROSE, extraction.paragraphs());
        assertEquals(List.of("Campaigners hand the petition to the mayor on Tuesday", "The reading room in 1974"),
                extraction.captions());
    }

    @Test
    void aLeadImageCaptionAboveTheBodyIsStillACaption() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <article>
                  <h1>Library roof repairs to begin in March</h1>
                  <figure><img src="lead.jpg" alt=""><figcaption>The library on Mill Street, closed since the storm</figcaption></figure>
                  <div class="story"><p>%s</p><p>%s</p><p>%s</p></div>
                </article></body></html>""".formatted(P1, P2, P3);
        Extraction extraction = extractHtml(page);
        assertEquals(PROSE, extraction.paragraphs());
        assertEquals(List.of("The library on Mill Street, closed since the storm"), extraction.captions());
    }

    @Test
    void photoCreditLinesAreNotCaptions() {
        String figure = """
                <figure><img src="roof.jpg" alt=""><figcaption>Photo: Getty Images</figcaption></figure>""";
        Extraction extraction = extractHtml(article("", figure, ""));
        assertEquals(PROSE, extraction.paragraphs());
        assertEquals(List.of(), extraction.captions());
    }

    @Test
    void aTaxonomyClassNamingCreditsDoesNotMakeTheStoryACaption() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <article class="post category-grants-and-credits tag-legends">
                  <h1>Library roof repairs to begin in March</h1><p>%s</p><p>%s</p><p>%s</p>
                </article></body></html>""".formatted(P1, P2, P3);
        Extraction extraction = extractHtml(page);
        assertEquals(PROSE, extraction.paragraphs());
        assertEquals(List.of(), extraction.captions());
    }

    @Test
    void aTableCaptionIsNotAnImageCaption() {
        String table = """
                <table><caption>Cost of the works</caption>
                  <tr><td>Roof</td><td>£410,000</td></tr></table>""";
        Extraction extraction = extractHtml(article("", table, ""));
        assertEquals(List.of(), extraction.captions());
        assertTrue(extraction.paragraphs().contains("Roof | £410,000"));
    }

    @Test
    void theHeadlineIsNotRepeatedInTheBody() {
        Extraction extraction = extractHtml(article("", "", ""));
        assertEquals("Library roof repairs to begin in March", extraction.title());
        assertEquals(PROSE, extraction.paragraphs());
    }

    @Test
    void theHeadlineIsRecognisedWhateverItsSpacingAndApostrophes() {
        String page = """
                <html><head><title>Mill Street’s library   to reopen in June</title></head><body>
                <div class="story"><h1>Mill Street's library to reopen
                in June</h1><p>%s</p><p>%s</p><p>%s</p></div></body></html>""".formatted(P1, P2, P3);
        assertEquals(PROSE, extractHtml(page).paragraphs());
    }

    @Test
    void bylinesAndDateLinesAboveTheTextAreNotBody() {
        String meta = """
                <p class="meta">By Jane Doe</p>
                <p class="meta">12 March 2024, 10:15</p>""";
        Extraction extraction = extractHtml(article(meta, "", ""));
        assertEquals(PROSE, extraction.paragraphs());
        assertFalse(extraction.text().contains("Jane Doe"));
    }

    @Test
    void aStandfirstAboveTheTextIsKept() {
        String standfirst = """
                <p class="standfirst">Work on the storm-damaged building will begin in March, councillors decided.</p>""";
        Extraction extraction = extractHtml(article(standfirst, "", ""));
        assertEquals(List.of("Work on the storm-damaged building will begin in March, councillors decided.", P1, P2, P3),
                extraction.paragraphs());
    }

    @Test
    void nonBreakingAndZeroWidthSpacesAreNormalised() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="story"><p>The town council met on&nbsp;Tuesday evening to decide the future of the old library on Mill\u200B Street,
                which has been closed since a storm tore part of its roof away in the autumn.</p><p>%s</p><p>%s</p></div></body></html>"""
                .formatted(P2, P3);
        assertEquals(PROSE, extractHtml(page).paragraphs());
    }

    @Test
    void aTextWhosePartsABuilderWrappedSeparatelyIsReadWhole() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="page"><h1>Library roof repairs to begin in March</h1>
                <div class="row"><div class="col"><div class="block"><p>%s</p></div></div></div>
                <div class="row"><div class="col"><div class="block"><p>%s</p></div></div></div>
                <div class="row"><div class="col"><div class="block"><p>%s</p></div></div></div>
                </div>
                <div class="links"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
                </body></html>""".formatted(P1, P2, P3);
        assertEquals(PROSE, extractHtml(page).paragraphs());
    }

    @Test
    void theTextDoesNotGrowPastTheDeclaredStoryBody() {
        String page = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="wrap"><h1>Library roof repairs to begin in March</h1>
                <div class="article-body"><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="more"><p>The swimming pool on Quay Road will close for the whole of August for repairs.</p>
                <p>A new bus route will link the station to the hospital from the first of next month.</p></div>
                </div></body></html>""".formatted(P1, P2, P3);
        assertEquals(PROSE, extractHtml(page).paragraphs());
    }

    @Test
    void aPublicationStampAboveTheTextIsDroppedDespiteItsCommas() {
        Extraction extraction = extractHtml(article("<p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p>", "", ""));
        assertEquals(PROSE, extraction.paragraphs());
    }
}
