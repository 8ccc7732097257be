package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.EXTRACTOR;
import static org.veille.extract.TestDocuments.PROSE;
import static org.veille.extract.TestDocuments.article;
import static org.veille.extract.TestDocuments.html;
import static org.veille.extract.TestDocuments.text;
import static org.veille.extract.TestDocuments.value;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;

/** The extract stage sends each document to the extractor for its detected format. */
class ArticleExtractorTest {

    @Test
    void htmlDocumentsGoToTheHtmlExtractor() {
        Extraction extraction = value(EXTRACTOR.extract(html(article("", "", ""))));
        assertTrue(extraction.method().startsWith("html:"), extraction.method());
        assertEquals(PROSE, extraction.paragraphs());
    }

    @Test
    void textDocumentsGoToThePageDumpExtractor() {
        Extraction extraction = value(EXTRACTOR.extract(text(String.join("\n\n", PROSE))));
        assertEquals("text:page-dump", extraction.method());
        assertEquals(PROSE, extraction.paragraphs());
    }

    @Test
    void markupInATextDocumentIsReadAsText() {
        Extraction extraction = value(EXTRACTOR.extract(text("<p>Not parsed as markup</p>")));
        assertEquals(List.of("<p>Not parsed as markup</p>"), extraction.paragraphs());
    }

    @Test
    void everyPresetBuildsAWorkingExtractor() {
        for (ExtractionSettings settings : List.of(ExtractionSettings.balanced(), ExtractionSettings.precision(),
                ExtractionSettings.recall())) {
            Extraction extraction = value(new ArticleExtractor(settings).extract(html(article("", "", ""))));
            assertEquals(PROSE, extraction.paragraphs(), settings.toString());
        }
    }

    @Test
    void emptyDocumentsOfEitherFormatGiveEmptyExtractions() {
        assertEquals(List.of(), value(EXTRACTOR.extract(html(""))).paragraphs());
        assertEquals(List.of(), value(EXTRACTOR.extract(text(""))).paragraphs());
    }
}
