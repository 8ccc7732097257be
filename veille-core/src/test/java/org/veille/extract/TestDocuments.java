package org.veille.extract;

import java.util.List;

import org.veille.model.DecodedDocument;
import org.veille.model.Extraction;
import org.veille.model.Source;
import org.veille.model.SourceFormat;
import org.veille.pipeline.Outcome;

/** Builds decoded documents from inline fixtures and runs the extractor on them, for the extract tests. */
public final class TestDocuments {
    /** One extractor for all tests: building it loads the heuristic files, and it is thread-safe. */
    public static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private TestDocuments() {
    }

    public static DecodedDocument html(String markup) {
        return html(markup, null);
    }

    public static DecodedDocument html(String markup, String url) {
        return document(markup, SourceFormat.HTML, "test.html", url);
    }

    public static DecodedDocument text(String dump) {
        return document(dump, SourceFormat.TEXT, "test.txt", null);
    }

    public static DecodedDocument document(String text, SourceFormat format, String uri, String url) {
        return new DecodedDocument("id", new Source(uri, format, "utf-8", text.length()), text, url, List.of());
    }

    /** The extraction of an HTML fixture; fails the test when the extractor returns no article. */
    public static Extraction extractHtml(String markup) {
        return extractHtml(markup, null);
    }

    public static Extraction extractHtml(String markup, String url) {
        return value(EXTRACTOR.extract(html(markup, url)));
    }

    public static Extraction extractText(String dump) {
        return value(EXTRACTOR.extract(text(dump)));
    }

    public static Extraction value(Outcome<Extraction> outcome) {
        if (!outcome.isOk()) {
            throw new AssertionError("expected an extraction, got " + outcome.error());
        }
        return outcome.value();
    }

    /**
     * Three paragraphs of ordinary article prose, long enough for any page to read as an article.
     * Tests put furniture around or between them and check the body is exactly these three.
     */
    public static final String P1 = "The town council met on Tuesday evening to decide the future of the old library on Mill Street,"
            + " which has been closed since a storm tore part of its roof away in the autumn.";
    public static final String P2 = "Councillors agreed that repairs would start in March and that the reading room should reopen"
            + " before the summer holidays, provided the insurers approve the contractor's estimate.";
    public static final String P3 = "Residents had campaigned for months to save the building, collecting more than two thousand"
            + " signatures on a petition that was handed to the mayor at the start of the meeting.";
    public static final List<String> PROSE = List.of(P1, P2, P3);

    /** An article page: {@code before} and {@code after} go around the prose inside the body container. */
    public static String article(String before, String between, String after) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <title>Library roof repairs to begin in March</title></head>
                <body>
                <div class="story">
                <h1>Library roof repairs to begin in March</h1>
                %s
                <p>%s</p>
                %s
                <p>%s</p>
                <p>%s</p>
                %s
                </div>
                </body></html>
                """.formatted(before, P1, between, P2, P3, after);
    }
}
