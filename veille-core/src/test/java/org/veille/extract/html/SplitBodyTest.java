package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veille.extract.TestDocuments.P1;
import static org.veille.extract.TestDocuments.P2;
import static org.veille.extract.TestDocuments.P3;
import static org.veille.extract.TestDocuments.extractHtml;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;

/** A text a page builder splits into modules, with figures between them, is read whole. */
class SplitBodyTest {

    private static String module(String paragraph, String width) {
        return """
                <section class="content-section"><div class="row">
                  <div class="col-xs-12 %s"><div class="rich"><p>%s</p></div></div>
                  <div class="col-xs-4"><figure><img src="a.jpg"><figcaption>A picture</figcaption></figure></div>
                </div></section>""".formatted(width, paragraph);
    }

    @Test
    void modulesRepeatingTheTopContainersMarkupJoinIt() {
        String more = "The contractor said the scaffolding would go up in the first week, weather permitting, and that"
                + " the reading room could stay open while the work went on above it, which pleased the librarians.";
        String html = """
                <html><head><title>Library roof repairs to begin in March</title></head><body>
                <div class="page"><h1>Library roof repairs to begin in March</h1>
                %s
                %s
                <div class="sidebar-links"><a href="/a">One story</a> <a href="/b">Another story</a></div>
                %s
                </div></body></html>
                """.formatted(module(P1 + " " + P2 + " " + P3, "col-md-8"), module(more, "col-md-12"),
                module(P3.replace("Residents", "Neighbours"), "col-md-12"));
        Extraction extraction = extractHtml(html);
        assertEquals(List.of(P1 + " " + P2 + " " + P3, more, P3.replace("Residents", "Neighbours")), extraction.paragraphs());
    }
}
