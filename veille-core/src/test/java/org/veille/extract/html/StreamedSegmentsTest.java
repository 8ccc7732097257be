package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Streamed server renders: the hidden parts sent late go where the page's scripts would move them. */
class StreamedSegmentsTest {

    @Test
    void aCompletedBoundaryReplacesItsFallback() {
        Document page = Jsoup.parse("""
                <main><section><!--$?--><template id="B:0"></template><p>Loading...</p><!--/$--></section>
                <footer>Contact us</footer></main>
                <div hidden id="S:0"><h2>Plans</h2><p>Every plan includes backups.</p></div>
                <script>$RC("B:0","S:0")</script>""");
        assertEquals(1, StreamedSegments.assemble(page));
        assertEquals("Plans Every plan includes backups.", page.selectFirst("section").text());
        assertNull(page.getElementById("S:0"));
        assertEquals("Plans Every plan includes backups. Contact us", page.selectFirst("main").text());
    }

    @Test
    void nestedSegmentsMoveIntoTheirPlaceholders() {
        Document page = Jsoup.parse("""
                <div id="root"><!--$?--><template id="B:1"></template><!--/$--></div>
                <div hidden id="S:2"><p>The inner part.</p></div>
                <div hidden id="S:1"><p>The outer part.</p><template id="P:2"></template></div>
                <script>$RS("S:2","P:2");$RC("B:1","S:1")</script>""");
        assertEquals(2, StreamedSegments.assemble(page));
        assertEquals("The outer part. The inner part.", page.getElementById("root").text());
    }

    @Test
    void withoutInstructionsSegmentsGoToThePlaceholderOfTheSameNumber() {
        Document page = Jsoup.parse("""
                <div id="root"><template id="P:7"></template></div><div hidden id="S:7"><p>Specifications.</p></div>""");
        assertEquals(1, StreamedSegments.assemble(page));
        assertEquals("Specifications.", page.getElementById("root").text());
    }

    @Test
    void pagesWithoutStreamingAreLeftAlone() {
        Document page = Jsoup.parse("<div hidden id=\"S:x-menu\"><p>Menu</p></div><p>Text.</p>");
        assertEquals(0, StreamedSegments.assemble(page));
        assertEquals("Menu", page.getElementById("S:x-menu").text());
    }
}
