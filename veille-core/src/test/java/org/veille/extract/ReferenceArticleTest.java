package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veille.model.Extraction;
import org.veille.model.SourceFormat;

/**
 * The reference article of {@code ../shared/samples}, read as Veille reads it, checked against what
 * {@code shared/eval/README.md} says a correct reading contains. Skipped where {@code ../shared} is absent.
 */
class ReferenceArticleTest {
    private static final String SAMPLE = "samples/000_e4564e332a95ab24.txt";

    private static final String HEADLINE = "Loukachenko n’aidera pas Poutine parce que l’armée biélorusse"
            + " “changerait de camp”, affirme un initié";
    private static final List<String> CAPTIONS = List.of(
            "Le président russe Vladimir Poutine assiste à un exercice militaire conjoint russo-biélorusse",
            "Biélorussie et Ukraine sur la carte",
            "Cadets de l'armée biélorusse",
            "La Russie revendique des pans entiers de l'Ukraine comme sien",
            "Des soldats ukrainiens s'entraînent près de la frontière biélorusse");
    private static final String RELATED = "Related Articles";
    private static final String COOKIES = "This website uses cookies to improve your experience. We'll assume you're ok"
            + " with this, but you can opt-out if you wish. Accept Read More";

    private static List<String> blocks;
    private static Extraction extraction;

    static Path sample() {
        return Stream.of(System.getProperty("veille.shared"), "../shared", "../../shared")
                .filter(dir -> dir != null && !dir.isBlank())
                .map(dir -> Path.of(dir, SAMPLE))
                .filter(Files::isRegularFile)
                .findFirst().orElse(null);
    }

    @BeforeAll
    static void readTheReferenceArticle() throws IOException {
        Path sample = sample();
        assumeTrue(sample != null, "../shared is absent: the reference article is not checked");
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        blocks = Stream.of(text.split("\\R")).map(Whitespace::normalize).filter(line -> !line.isEmpty()).toList();
        extraction = TestDocuments.value(TestDocuments.EXTRACTOR.extract(
                TestDocuments.document(text, SourceFormat.TEXT, sample.toString(), null)));
    }

    @Test
    void theDumpHasTheShapeTheseChecksAssume() {
        assertTrue(blocks.get(0).startsWith("Home » MONDE » "), blocks.get(0));
        assertEquals(HEADLINE, blocks.get(1));
        assertEquals("par", blocks.get(2));
        assertTrue(blocks.containsAll(CAPTIONS));
        assertEquals(List.of(RELATED, COOKIES), blocks.subList(blocks.size() - 2, blocks.size()));
    }

    @Test
    void theTitleIsTheRepeatedHeadline() {
        assertEquals(HEADLINE, extraction.title());
    }

    @Test
    void theSectionIsMondeFromTheBreadcrumb() {
        assertEquals("MONDE", extraction.section());
    }

    @Test
    void thereIsNoAuthorBecauseTheBylineIsABarePar() {
        assertEquals(List.of(), extraction.authors());
    }

    @Test
    void theFiveImageCaptionsAreKeptApartFromTheBody() {
        assertEquals(CAPTIONS, extraction.captions());
        for (String caption : CAPTIONS) {
            assertFalse(extraction.paragraphs().contains(caption), caption);
        }
    }

    @Test
    void noBreadcrumbBylineRelatedArticlesOrCookieTextIsInTheBody() {
        List<String> paragraphs = extraction.paragraphs();
        assertFalse(paragraphs.contains(blocks.get(0)), "breadcrumb");
        assertFalse(extraction.text().contains("Home » MONDE"), "breadcrumb");
        assertFalse(paragraphs.contains(HEADLINE), "headline");
        assertFalse(paragraphs.contains("par"), "byline");
        assertFalse(extraction.text().contains(RELATED), "related articles");
        assertFalse(extraction.text().contains("cookies"), "cookie notice");
    }

    @Test
    void everyBodyParagraphOfThePageIsPresentInOrder() {
        List<String> expected = new ArrayList<>(blocks);
        expected.remove(0);                     // breadcrumb
        expected.remove(HEADLINE);
        expected.remove("par");
        expected.removeAll(CAPTIONS);
        expected.remove(RELATED);
        expected.remove(COOKIES);
        assertEquals(23, expected.size(), "paragraphs of the reference article");
        assertEquals(expected, extraction.paragraphs());
    }

    @Test
    void quotesSpanningParagraphsKeepTheirOpeningMarks() {
        List<String> paragraphs = extraction.paragraphs();
        int open = indexStartingWith(paragraphs, "« La Biélorussie se prépare-t-elle");
        assertTrue(open >= 0);
        assertTrue(paragraphs.get(open + 1).startsWith("« Pourquoi non ?"));
        assertTrue(paragraphs.get(open + 2).startsWith("“Et même s’ils montrent"),
                "the caption between the two parts of the quote is not in the body");
    }

    private static int indexStartingWith(List<String> paragraphs, String prefix) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
