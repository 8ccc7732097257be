package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;
import static org.veille.extract.TestDocuments.extractHtml;

import org.junit.jupiter.api.Test;

/** Containers scoring exactly alike are told apart by document order, so every run reads a page the same way. */
class ContentLocatorTiesTest {

    @Test
    void aTieGoesToTheFirstElementInDocumentOrderOnEveryRun() {
        // Two copies of one text (pages print theirs twice, for wide and narrow screens) score exactly
        // alike, and the links between them stop the winner from climbing to their parent.
        String box = "<p>" + P1 + "</p><p>" + P2 + "</p>";
        String links = "<a href=\"/a\">Council budget vote postponed again</a> <a href=\"/b\">Mill Street closed for repairs</a>"
                + " <a href=\"/c\">New opening hours for the swimming pool</a> <a href=\"/d\">Town hall elections: the candidates</a>"
                + " <a href=\"/e\">Roadworks on the bridge until June</a> <a href=\"/f\">School meals to cost more next year</a>";
        String html = """
                <html><head><title>Library roof</title></head><body>
                <div class="wrapper"><div class="box" id="one">%s</div><div class="strip">%s</div><div class="box" id="two">%s</div></div>
                </body></html>""".formatted(box, links, box);
        for (int run = 0; run < 30; run++) {
            assertEquals("html:density:div#one.box+1 siblings", extractHtml(html).method(), "run " + run);
        }
    }
}
