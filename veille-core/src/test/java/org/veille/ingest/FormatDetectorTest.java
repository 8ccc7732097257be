package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.veille.model.SourceFormat;

class FormatDetectorTest {

    private static SourceFormat detect(String text) {
        return FormatDetector.detect(text);
    }

    @Test
    void doctypeMakesHtml() {
        assertEquals(SourceFormat.HTML, detect("  \n<!DOCTYPE html>\n<title>x</title>"));
        assertEquals(SourceFormat.HTML, detect("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"));
    }

    @Test
    void htmlTagAfterCommentsMakesHtml() {
        assertEquals(SourceFormat.HTML, detect("<!-- saved from url=(0014)about:internet -->\n<HTML lang=fr>"));
    }

    @Test
    void xhtmlWithXmlDeclarationIsHtml() {
        assertEquals(SourceFormat.HTML, detect("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
    }

    @Test
    void otherXmlIsNotHtml() {
        assertEquals(SourceFormat.TEXT, detect("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"));
    }

    @Test
    void fragmentOpeningWithATagIsHtml() {
        assertEquals(SourceFormat.HTML, detect("<p>Le gouvernement a annoncé mardi une réforme.</p>"));
        assertEquals(SourceFormat.HTML, detect("<div class=\"article\">\n<h1>Titre</h1>\n<p>Texte</p></div>"));
    }

    @Test
    void pageWithoutHtmlTagOpeningWithALongScriptIsHtml() {
        assertEquals(SourceFormat.HTML, detect("<script>var x = 1;\n" + "x++;\n".repeat(5000) + "</script><p>Texte</p>"));
        assertEquals(SourceFormat.HTML, detect("<meta charset=utf-8>\nBonjour"));
    }

    @Test
    void denseMarkupNotOpeningWithATagIsHtml() {
        assertEquals(SourceFormat.HTML, detect("Titre<br>ligne un<br>ligne deux<br>ligne trois<br>fin<br>"));
    }

    @Test
    void textDumpWithStrayAngleBracketsStaysText() {
        String dump = "Le Monde — Économie\n\nLa croissance reste < 1 % cette année, selon l'Insee.\n\n"
                + "Les analystes <3 les chiffres. Contact : <redaction@example.org> ou <https://example.org>.\n\n"
                + "Pour écrire un paragraphe en HTML, on utilise la balise <p>.\n";
        assertEquals(SourceFormat.TEXT, detect(dump));
    }

    @Test
    void plainTextIsText() {
        assertEquals(SourceFormat.TEXT, detect("Titre\n\nPremier paragraphe.\n\nSecond paragraphe."));
    }

    @Test
    void emptyInputIsText() {
        assertEquals(SourceFormat.TEXT, detect(""));
        assertEquals(SourceFormat.TEXT, detect("<!-- unterminated"));
    }

    @Test
    void randomTextDoesNotThrow() {
        Random random = new Random(3);
        String alphabet = "<>/!-?abcdehilmtp =\"'\n";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            detect(sb.toString());
        }
    }
}
