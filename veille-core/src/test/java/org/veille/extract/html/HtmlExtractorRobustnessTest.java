package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.html;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.veille.extract.BoilerplateText;
import org.veille.extract.ExtractionSettings;
import org.veille.extract.RandomSoup;
import org.veille.extract.metadata.MetadataReader;
import org.veille.model.Extraction;
import org.veille.model.PageType;
import org.veille.pipeline.Outcome;

/** The HTML extractor returns an extraction, never an exception, whatever it is given. */
class HtmlExtractorRobustnessTest {
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor(ExtractionSettings.balanced(), new MetadataReader(),
            new BoilerplateText(ExtractionSettings.balanced().furnitureMaxChars()));

    @Test
    void anEmptyPageGivesAnEmptyExtraction() {
        Outcome<Extraction> outcome = EXTRACTOR.extract(html(""));
        assertTrue(outcome.isOk());
        Extraction extraction = outcome.value();
        assertEquals(List.of(), extraction.paragraphs());
        assertEquals(List.of(), extraction.captions());
        assertEquals(List.of(), extraction.authors());
        assertNull(extraction.title());
        assertNull(extraction.published());
        assertEquals(PageType.OTHER, extraction.pageType());
    }

    @Test
    void aPageOfWhitespaceGivesAnEmptyBody() {
        Extraction extraction = EXTRACTOR.extract(html(" \n\t\u00a0\n")).value();
        assertEquals(List.of(), extraction.paragraphs());
    }

    @Test
    void randomMarkupSoupNeverThrows() {
        Random random = new Random(20240312L);
        for (int i = 0; i < 300; i++) {
            String soup = RandomSoup.avoidingKnownBlankBug(RandomSoup.soup(random, 1 + random.nextInt(400)));
            String url = random.nextBoolean() ? null : "https://news.example/2023/02/21/" + i;
            int n = i;
            Outcome<Extraction> outcome = assertDoesNotThrow(() -> EXTRACTOR.extract(html(soup, url)),
                    () -> "soup #" + n + " threw: " + soup);
            assertTrue(outcome.isOk(), soup);
            assertNotNull(outcome.value().method());
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42L);
        for (int i = 0; i < 100; i++) {
            String text = RandomSoup.avoidingKnownBlankBug(RandomSoup.bytesAsText(random, random.nextInt(5000)));
            assertDoesNotThrow(() -> EXTRACTOR.extract(html(text)));
        }
    }

    @Test
    void blankLookingCharactersNeverBreakTheExtraction() {
        for (String page : List.of("\u001F", "<p>\u001F</p>", "<p>\u1680</p>", "<p>A\u205F</p><p>\u205F</p>")) {
            Outcome<Extraction> outcome = assertDoesNotThrow(() -> EXTRACTOR.extract(html(page)));
            assertTrue(outcome.value().paragraphs().stream().noneMatch(String::isBlank));
        }
    }

    @Test
    void deeplyNestedMarkupNeverThrows() {
        String deep = "<div>".repeat(5000) + "<p>The council met on Tuesday evening to decide the future of the library.</p>"
                + "</div>".repeat(5000);
        Outcome<Extraction> outcome = assertDoesNotThrow(() -> EXTRACTOR.extract(html(deep)));
        assertTrue(outcome.isOk());
    }
}
