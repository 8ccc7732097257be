package org.veille.extract.dump;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.extract.TestDocuments.text;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.veille.extract.BoilerplateText;
import org.veille.extract.ExtractionSettings;
import org.veille.extract.RandomSoup;
import org.veille.extract.metadata.AuthorFinder;
import org.veille.extract.metadata.DateParser;
import org.veille.model.Extraction;
import org.veille.model.PageType;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

/** Plain-text page dumps: the text a browser shows, one block per line, furniture and all. */
class PageDumpExtractorTest {
    private static final PageDumpExtractor EXTRACTOR = new PageDumpExtractor(
            new BoilerplateText(ExtractionSettings.balanced().furnitureMaxChars()), new AuthorFinder(), new DateParser(2025));

    private static final String HEADLINE = "Le conseil municipal vote la fermeture de la piscine en août";
    private static final String A = "Le conseil municipal de Kervallon a voté mardi soir la fermeture de la piscine"
            + " municipale pendant tout le mois d’août, pour des travaux d’étanchéité.";
    private static final String B = "La décision a été prise à une large majorité, malgré les protestations des clubs"
            + " de natation qui s’entraînent dans le bassin toute l’année.";
    private static final String C = "Les nageurs pourront se rendre au centre aquatique de Valbrune, à vingt minutes en"
            + " car, où des créneaux leur seront réservés chaque matin.";

    private static Extraction extract(String dump) {
        Outcome<Extraction> outcome = EXTRACTOR.extract(text(dump));
        assertTrue(outcome.isOk());
        return outcome.value();
    }

    private static String dump(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    @Test
    void theBreadcrumbGivesTheSectionAndStaysOutOfTheBody() {
        Extraction extraction = extract(dump("Accueil » FRANCE » " + HEADLINE, HEADLINE, A, B, C));
        assertEquals("FRANCE", extraction.section());
        assertEquals(List.of(A, B, C), extraction.paragraphs());
    }

    @Test
    void anEnglishBreadcrumbGivesTheSectionToo() {
        assertEquals("NEWS", extract(dump("Home » NEWS » Flood warning for the valley", "Flood warning for the valley", A, B)).section());
    }

    @Test
    void theRepeatedHeadlineIsTheTitleAndAppearsNowhereElse() {
        Extraction extraction = extract(dump("Accueil » FRANCE » " + HEADLINE, HEADLINE, A, B, C));
        assertEquals(HEADLINE, extraction.title());
        assertFalse(extraction.paragraphs().contains(HEADLINE));
        assertFalse(extraction.captions().contains(HEADLINE));
    }

    @Test
    void aHeadlineRepeatedNearTheTopIsTheTitleWithoutABreadcrumb() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, A, B, C));
        assertEquals(HEADLINE, extraction.title());
        assertEquals(List.of(A, B, C), extraction.paragraphs());
    }

    @Test
    void aBareParBylineGivesNoAuthorAndStaysOutOfTheBody() {
        Extraction extraction = extract(dump("Accueil » FRANCE » " + HEADLINE, HEADLINE, "par", A, B, C));
        assertEquals(List.of(), extraction.authors());
        assertEquals(List.of(A, B, C), extraction.paragraphs());
    }

    @Test
    void aBylineWithANameGivesTheAuthor() {
        Extraction extraction = extract(dump("Home » NEWS » Flood warning for the valley", "Flood warning for the valley",
                "By Alex Morgan", A, B));
        assertEquals(List.of("Alex Morgan"), extraction.authors());
        assertEquals(List.of(A, B), extraction.paragraphs());
    }

    @Test
    void aFrenchBylineWithTwoNamesGivesBothAuthors() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, "Par Maëlle Guillou et Yann Le Du", A, B));
        assertEquals(List.of("Maëlle Guillou", "Yann Le Du"), extraction.authors());
    }

    @Test
    void aPublishedLineGivesTheDateAndStaysOutOfTheBody() {
        Extraction extraction = extract(dump("Home » NEWS » Flood warning for the valley", "Flood warning for the valley",
                "By Alex Morgan", "Published 14 March 2024", A, B));
        assertEquals("2024-03-14", extraction.published());
        assertEquals(List.of(A, B), extraction.paragraphs());
    }

    @Test
    void aFrenchPublicationLineGivesTheDate() {
        assertEquals("2024-03-12", extract(dump(HEADLINE, HEADLINE, "par", "Publié le 12 mars 2024 à 07h45", A, B)).published());
    }

    @Test
    void shortUnpunctuatedLinesBetweenParagraphsAreCaptions() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, A, "La piscine municipale de Kervallon en 2019", B,
                "Des nageurs du club de Kervallon à l'entraînement", C));
        assertEquals(List.of("La piscine municipale de Kervallon en 2019", "Des nageurs du club de Kervallon à l'entraînement"),
                extraction.captions());
        assertEquals(List.of(A, B, C), extraction.paragraphs());
    }

    @Test
    void aCaptionInsideAQuoteRunningOverTwoParagraphsIsACaption() {
        String open = "« Nous avons tout essayé pour garder le bassin ouvert cet été, a déclaré le maire.";
        String close = "« Mais l’étanchéité ne tiendra pas un hiver de plus. »";
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, A, open, "Le maire devant le bassin vidé", close, B));
        assertEquals(List.of("Le maire devant le bassin vidé"), extraction.captions());
        assertEquals(List.of(A, open, close, B), extraction.paragraphs());
    }

    @Test
    void quotationsAreNeverCaptionsEvenWhenShortAndUnpunctuated() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, A, "« On ne lâchera rien", B,
                "“We will keep the pool open", C, "\"Not this summer", A));
        assertEquals(List.of(), extraction.captions());
        assertTrue(extraction.paragraphs().contains("« On ne lâchera rien"));
        assertTrue(extraction.paragraphs().contains("“We will keep the pool open"));
        assertTrue(extraction.paragraphs().contains("\"Not this summer"));
    }

    @Test
    void aShortLineAtTheEndOfTheBodyIsNotACaption() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, A, B, "Avec la rédaction de Kervallon"));
        assertEquals(List.of(), extraction.captions());
    }

    @Test
    void trailingRelatedArticlesAndCookieLinesAreDropped() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, A, B, "Related Articles", "Articles similaires",
                "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More"));
        assertEquals(List.of(A, B), extraction.paragraphs());
    }

    @Test
    void linesAreSplitOnEveryKindOfLineEnd() {
        Extraction extraction = extract(HEADLINE + "\r\n" + HEADLINE + "\r" + A + "\n" + B + "\r\n\r\n" + C);
        assertEquals(List.of(A, B, C), extraction.paragraphs());
    }

    @Test
    void aPageDumpWithProseIsAnArticle() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, A, B));
        assertEquals(PageType.ARTICLE, extraction.pageType());
        assertEquals("text:page-dump", extraction.method());
    }

    @Test
    void aShortOpeningParagraphThatStartsWithADateStaysInTheBody() {
        String opening = "Le 3 juin 2023, la mairie a fermé la piscine municipale.";
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, opening, B, C));
        assertEquals(List.of(opening, B, C), extraction.paragraphs());
    }

    @Test
    void aBareDateLineWithATimeGivesTheDate() {
        Extraction extraction = extract(dump(HEADLINE, HEADLINE, "Le 12 mars 2024 à 07h45", A, B));
        assertEquals("2024-03-12", extraction.published());
        assertEquals(List.of(A, B), extraction.paragraphs());
    }

    @Test
    void anEmptyDumpGivesAnEmptyExtractionAndSaysSo() {
        for (String empty : List.of("", "\n\n", " \t \r\n \u00a0 ")) {
            Outcome<Extraction> outcome = EXTRACTOR.extract(text(empty));
            Extraction extraction = outcome.value();
            assertEquals(List.of(), extraction.paragraphs());
            assertNull(extraction.title());
            assertNull(extraction.section());
            assertEquals(PageType.OTHER, extraction.pageType());
            assertEquals(List.of("no-text"), outcome.warnings().stream().map(Warning::code).toList());
        }
    }

    @Test
    void aBreadcrumbAloneGivesNoBody() {
        Extraction extraction = extract("Accueil » MONDE » Un titre\n");
        assertEquals("MONDE", extraction.section());
        assertEquals(List.of(), extraction.paragraphs());
    }

    @Test
    void blankLookingCharactersNeverBreakTheExtraction() {
        for (String dump : List.of("\u001F", "\u205F\n", "Un titre\n\u1680\n" + A)) {
            Outcome<Extraction> outcome = assertDoesNotThrow(() -> EXTRACTOR.extract(text(dump)));
            assertTrue(outcome.value().paragraphs().stream().noneMatch(String::isBlank));
        }
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(14032024L);
        for (int i = 0; i < 500; i++) {
            String dump = RandomSoup.avoidingKnownBlankBug(
                    i % 3 == 0 ? RandomSoup.bytesAsText(random, random.nextInt(3000)) : RandomSoup.soup(random, random.nextInt(300)));
            Outcome<Extraction> outcome = assertDoesNotThrow(() -> EXTRACTOR.extract(text(dump)), dump);
            assertTrue(outcome.isOk(), dump);
        }
    }
}
