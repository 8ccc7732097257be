package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.veille.ingest.DocumentDecoder;
import org.veille.ingest.IngestSettings;
import org.veille.model.DecodedDocument;
import org.veille.model.Extraction;
import org.veille.model.PageType;
import org.veille.model.RawDocument;
import org.veille.model.SourceFormat;
import org.veille.pipeline.Outcome;

/**
 * The pages of {@code samples/} (fictional pages written for Veille, see docs/samples.md), read end to end
 * by the extractor: what a careful reader takes from each one, and none of its furniture.
 */
class BundledSamplesTest {
    private static final Map<String, Extraction> CACHE = new ConcurrentHashMap<>();

    /** The surefire working directory is the module, so the samples sit one level up. */
    static Path samples() {
        return Stream.of("../samples", "samples").map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new AssertionError("samples/ not found from " + Path.of("").toAbsolutePath()));
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(samples().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Extraction extract(String name, Charset charset) {
        return CACHE.computeIfAbsent(name, n -> {
            SourceFormat format = n.endsWith(".txt") ? SourceFormat.TEXT : SourceFormat.HTML;
            String text = new String(bytes(n), charset);
            return TestDocuments.value(TestDocuments.EXTRACTOR.extract(TestDocuments.document(text, format, n, null)));
        });
    }

    /** Each paragraph starts with its prefix, and there are exactly as many paragraphs as prefixes. */
    static void assertParagraphsStartWith(List<String> prefixes, List<String> paragraphs) {
        assertEquals(prefixes.size(), paragraphs.size(), () -> "paragraphs: " + String.join("\n", paragraphs));
        for (int i = 0; i < prefixes.size(); i++) {
            String paragraph = paragraphs.get(i);
            String prefix = prefixes.get(i);
            assertTrue(paragraph.startsWith(prefix), () -> "paragraph does not start with «" + prefix + "»: " + paragraph);
        }
    }

    static void assertAbsent(Extraction extraction, String... furniture) {
        for (String text : furniture) {
            assertFalse(extraction.text().contains(text), () -> "furniture in the body: " + text);
        }
    }

    @Nested
    class FrenchTramwayArticle {
        private final Extraction page = extract("fr-rennes-tramway.html", StandardCharsets.UTF_8);

        @Test
        void metadataComesFromTheJsonLdAndOpenGraph() {
            assertEquals(PageType.ARTICLE, page.pageType());
            assertEquals("Tramway de Kervallon : la ligne B ouvrira avec six mois de retard", page.title());
            assertEquals(List.of("Maëlle Guillou"), page.authors());
            assertEquals("2024-03-12T07:45:00+01:00", page.published());
            assertEquals("Kervallon", page.section());
            assertEquals("La Gazette de Kervallon", page.site());
            assertEquals("https://www.gazette-kervallon.example/kervallon/transports/2024/03/12/tramway-ligne-b-six-mois-de-retard",
                    page.url());
        }

        @Test
        void theBodyIsEveryParagraphAndTheIntertitleInOrder() {
            assertParagraphsStartWith(List.of(
                    "La mise en service de la ligne B",
                    "Le maire a affirmé que ce retard",
                    "Car c'est bien sous la future station",
                    "Solène Tanguy, vice-présidente",
                    "Elle a expliqué : « Les rames",
                    "Un surcoût « contenu »",
                    "« Le surcoût lié aux fouilles",
                    "Du côté des commerçants",
                    "Anne-Laure Dréano, qui préside",
                    "« Ce que nous demandons",
                    "Selon le nouveau calendrier",
                    "Le maire a, de son côté",
                    "Pour Loïc Penven"), page.paragraphs());
        }

        @Test
        void quotationMarksAndTheirSpacingSurviveForTheQuoteStage() {
            String text = page.text();
            assertTrue(text.contains("«Il sera absorbé par la provision"), "guillemets without inner spaces");
            assertTrue(text.contains("« Les habitants ont droit à un calendrier fiable, et ils l'auront »"),
                    "no-break spaces inside guillemets become plain spaces");
            assertTrue(text.contains("a-t-elle déclaré") && text.contains("a-t-il ajouté"));
            List<String> paragraphs = page.paragraphs();
            int open = paragraphs.indexOf(paragraphs.stream().filter(p -> p.startsWith("Anne-Laure Dréano")).findFirst().orElseThrow());
            assertTrue(paragraphs.get(open).endsWith("aux heures de pointe."), "the opening part leaves its quote open");
            assertTrue(paragraphs.get(open + 1).startsWith("« Ce que nous demandons"), "the quote goes on in the next paragraph");
        }

        @Test
        void theFigureCaptionIsKeptApart() {
            assertEquals(List.of("Les fouilles préventives ont mis au jour les vestiges d'un moulin sous la future station"
                    + " Gare-Nord Erwan Caradec"), page.captions());
        }

        @Test
        void noFurnitureReachesTheBody() {
            assertAbsent(page, "Aller au contenu", "S'abonner", "Vallée du Lénan", "Avis de décès", "Accueil", "Par Maëlle",
                    "Publié le", "Mis à jour", "Partager", "Facebook", "Copier le lien", "À lire aussi", "excédés par les travaux",
                    "Kervallon Matin", "Recevez chaque matin", "Je m'inscris", "Mots-clés", "commentaires", "Gwen_du_Guiliec",
                    "des bus bondés", "Réagir", "Les plus lus", "Publicité", "Mentions légales", "Tous droits réservés",
                    "cookies", "Tout accepter");
            assertFalse(page.paragraphs().contains("Transports"), "the kicker above the headline");
            assertFalse(page.paragraphs().contains(page.title()), "the headline");
        }
    }

    @Nested
    class EnglishHarbourCouncilArticle {
        private static final String TABLE_CAPTION = "Estimated cost by phase";
        private static final Set<String> FIGURE_CAPTIONS = Set.of(
                "The north quay at low tide, where the two new berths would be built",
                "Sandbags on Ropewalk Lane during the flooding of January 2022");
        private final Extraction page = extract("en-harbour-council.html", StandardCharsets.UTF_8);

        @Test
        void metadataComesFromTheMetaTagsWithoutJsonLd() {
            assertEquals(PageType.ARTICLE, page.pageType());
            assertEquals("Harbour council backs £48m plan to rebuild Port Callow's north quay", page.title());
            assertEquals(List.of("Jane Doe", "Sam Patel"), page.authors());
            assertEquals("2024-05-08T18:20:00+01:00", page.published());
            assertEquals("Politics", page.section());
            assertEquals("The Callow Courier", page.site());
            assertEquals("https://www.callowcourier.example/news/harbour-council-backs-north-quay-plan", page.url());
        }

        @Test
        void theBodyKeepsTheStandfirstSubheadingsListAndTableInOrder() {
            // Where a table's own caption goes is not pinned here (see the captions tests).
            List<String> paragraphs = page.paragraphs().stream().filter(p -> !p.equals(TABLE_CAPTION)).toList();
            assertParagraphsStartWith(List.of(
                    "Councillors voted eleven to four for new deep-water berths",
                    "Port Callow's harbour council has approved",
                    "Councillors voted eleven to four on Wednesday",
                    "“We have waited twenty years",
                    "What the plan includes",
                    "According to the port authority",
                    "a new steel-and-concrete quay wall",
                    "two deep-water berths",
                    "a 1.6-metre flood wall",
                    "a public promenade",
                    "Phase | Work | Cost",
                    "1 | Quay wall and piling | £21m",
                    "2 | Deep-water berths | £19m",
                    "3 | Flood wall and promenade | £8m",
                    "The harbour trust expects",
                    "Concerns over cost",
                    "Not everyone was convinced",
                    "“Every harbour project on this coast",
                    "A senior official at the harbour trust",
                    "Residents of Ropewalk Lane",
                    "The plan now goes to a public consultation"), paragraphs);
        }

        @Test
        void curlyQuotesAndTheirAttributionsSurvive() {
            String text = page.text();
            assertTrue(text.contains("“I want a cap written into the contract before a single pile goes in.”"));
            assertTrue(text.contains("different,” he said."));
            assertTrue(text.contains("“We learned from the south slipway,” the official said."));
            assertTrue(text.contains("whatever they like on the quay,” she said."));
        }

        @Test
        void bothFigureCaptionsAreKeptApart() {
            assertTrue(page.captions().containsAll(FIGURE_CAPTIONS), page.captions().toString());
            for (String caption : FIGURE_CAPTIONS) {
                assertFalse(page.paragraphs().contains(caption), caption);
            }
        }

        @Test
        void theCaptionsAreExactlyTheTwoFigureCaptions() {
            assertEquals(FIGURE_CAPTIONS, Set.copyOf(page.captions()));
            assertEquals(2, page.captions().size());
        }

        @Test
        void noFurnitureReachesTheBody() {
            assertAbsent(page, "What's on", "Search", "Advertisement", "By Jane Doe", "6.20pm", "Facebook", "LinkedIn",
                    "Get the Courier", "Sign up", "morning briefing", "Tags:", "Related stories", "Summer ferry timetable",
                    "comments", "grandfather", "Leave a Reply", "Most read", "Lifeboat crew", "About us", "Privacy policy",
                    "All rights reserved", "cookies");
            assertFalse(page.paragraphs().contains(page.title()), "the headline");
        }
    }

    @Nested
    class FrenchWildfireDump {
        private final Extraction page = extract("fr-depeche-incendie.txt", StandardCharsets.UTF_8);

        @Test
        void metadataComesFromTheBreadcrumbAndTheRepeatedHeadline() {
            assertEquals(PageType.ARTICLE, page.pageType());
            assertEquals("Incendie dans le massif de la Sarrière : 600 hectares brûlés, un village évacué dans la nuit", page.title());
            assertEquals("FRANCE", page.section());
            assertEquals(List.of(), page.authors(), "the byline is a bare 'par'");
            assertNull(page.published());
        }

        @Test
        void theThreeCaptionLinesAreKeptApart() {
            assertEquals(List.of(
                    "Un avion bombardier d’eau largue sa cargaison au-dessus du massif de la Sarrière",
                    "Des pompiers progressent sur une piste forestière au nord du village",
                    "Des habitants évacués accueillis au gymnase de Valbrune"), page.captions());
        }

        @Test
        void theBodyIsEveryParagraphInOrderWithTheQuoteSplitAroundItsCaption() {
            assertParagraphsStartWith(List.of(
                    "Un violent incendie a parcouru",
                    "Le feu, parti vers 15 heures",
                    "Le colonel Bastien Ferrandi",
                    "« Le vent tournait sans arrêt",
                    "« Ce matin, la situation est plus favorable",
                    "Il a poursuivi en notant que",
                    "La maire de Saint-Ondrel-des-Garrigues",
                    "Les habitants ont été hébergés",
                    "Aucune maison n’a été détruite",
                    "“Ce massif n’avait pas brûlé"), page.paragraphs());
        }

        @Test
        void noFurnitureReachesTheBody() {
            assertAbsent(page, "Accueil", "Articles similaires", "cookies", "Accept");
            assertFalse(page.paragraphs().contains("par"));
            assertFalse(page.paragraphs().contains(page.title()));
        }
    }

    @Nested
    class EnglishFloodWarningDump {
        private final Extraction page = extract("en-flood-warning.txt", StandardCharsets.UTF_8);

        @Test
        void metadataComesFromTheBreadcrumbBylineAndDateLine() {
            assertEquals(PageType.ARTICLE, page.pageType());
            assertEquals("Flood warning issued for the Wend valley as river levels keep rising", page.title());
            assertEquals("NEWS", page.section());
            assertEquals(List.of("Alex Morgan"), page.authors());
            assertEquals("2024-03-14", page.published());
        }

        @Test
        void theTwoCaptionLinesAreKeptApart() {
            assertEquals(List.of("Sandbags stacked outside shops on Bridge Street in Ashcombe",
                    "The river Wend near Tollbridge weir on Thursday afternoon"), page.captions());
        }

        @Test
        void theBodyIsEveryParagraphInOrder() {
            assertParagraphsStartWith(List.of(
                    "Residents of Ashcombe and Tollbridge",
                    "The Wend Valley Rivers Board issued",
                    "“The river is still rising",
                    "According to the board",
                    "Ashcombe’s mayor, Tom Hargreaves",
                    "Shopkeepers on Bridge Street",
                    "Forecasters expect"), page.paragraphs());
        }

        @Test
        void noFurnitureReachesTheBody() {
            assertAbsent(page, "Home »", "By Alex Morgan", "Published 14 March", "Related Articles", "cookies", "opt-out");
            assertFalse(page.paragraphs().contains(page.title()));
        }
    }

    @Nested
    class FrenchHospitalLatin1Article {
        private static final String NAME = "fr-hopital-latin1.html";
        private final Extraction page = extract(NAME, Charset.forName("windows-1252"));

        @Test
        void theFileIsWindows1252NotUtf8() {
            byte[] bytes = bytes(NAME);
            assertThrows(CharacterCodingException.class,
                    () -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)), "the bytes are not UTF-8");
            String asLatin = new String(bytes, Charset.forName("windows-1252"));
            assertTrue(asLatin.contains("charset=iso-8859-1"));
            assertTrue(asLatin.contains("’") && asLatin.contains("€") && asLatin.contains("œ"),
                    "the page uses characters only windows-1252 has");
        }

        @Test
        void theDecoderReadsTheIsoLabelAsWindows1252AsBrowsersDo() {
            Outcome<DecodedDocument> decoded = new DocumentDecoder(IngestSettings.defaults())
                    .decode(RawDocument.of(NAME, bytes(NAME)));
            assertTrue(decoded.isOk());
            Extraction extraction = TestDocuments.value(TestDocuments.EXTRACTOR.extract(decoded.value()));
            assertEquals(SourceFormat.HTML, decoded.value().format());
            assertEquals(page.paragraphs(), extraction.paragraphs());
            assertEquals(page.title(), extraction.title());
        }

        @Test
        void metadataComesFromTheMetaTagsAndTheVisibleDateAndByline() {
            assertEquals(PageType.ARTICLE, page.pageType());
            assertEquals("Castelmoure : la maternité rouvre ses portes après huit mois de fermeture", page.title());
            assertEquals(List.of("Clémence Vialaret"), page.authors());
            assertEquals("2024-02-05", page.published());
            assertEquals("Santé", page.section());
            assertEquals("L’Éveil du Causse", page.site());
            assertNull(page.url());
            assertEquals(List.of(), page.captions());
        }

        @Test
        void theBodyIsEveryParagraphInOrderWithItsAccentsIntact() {
            assertParagraphsStartWith(List.of(
                    "Fermée depuis le mois de juin faute d’obstétriciens",
                    "« C’est un soulagement pour tout le territoire »",
                    "La réouverture a coûté près de 640 000 € à l’hôpital",
                    "Pour Sylvain Rouquette"), page.paragraphs());
            assertTrue(page.text().contains("du cœur à l’ouvrage"));
        }

        @Test
        void noFurnitureReachesTheBody() {
            assertAbsent(page, "Actualité", "Petites annonces", "Publié le", "Par Clémence", "©", "Tous droits réservés",
                    "Publicité", "Les plus lus", "Foire aux agneaux");
            assertNotNull(page.title());
            assertFalse(page.paragraphs().contains(page.title()));
        }
    }
}
