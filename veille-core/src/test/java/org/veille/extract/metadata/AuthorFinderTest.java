package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veille.extract.metadata.Pages.read;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Person names only, in byline order: never "By", dates, roles, contact prompts, site or agency names. */
class AuthorFinderTest {
    private final AuthorFinder finder = new AuthorFinder();

    @Test
    void jsonLdPersonsAreReadInOrder() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour vote",
                 "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Sam Patel"}]}
                </script>""";
        assertEquals(List.of("Jane Doe", "Sam Patel"), read(page).authors());
    }

    @Test
    void aJsonLdAuthorGivenAsAPlainStringIsRead() {
        String page = """
                <script type="application/ld+json">{"@type":"NewsArticle","author":"Maëlle Guillou"}</script>""";
        assertEquals(List.of("Maëlle Guillou"), read(page).authors());
    }

    @Test
    void jsonLdOrganizationAuthorsAreSkipped() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","author":[{"@type":"Organization","name":"Harbour Desk"},
                  {"@type":"Person","name":"Sam Patel"}]}
                </script>""";
        assertEquals(List.of("Sam Patel"), read(page).authors());
    }

    @Test
    void anOrganizationDeclaredAsTheOnlyAuthorIsReported() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"Callow Courier"}}
                </script>""";
        assertEquals(List.of("Callow Courier"), read(page).authors());
    }

    @Test
    void aBylineInTheMarkupWinsOverADeclaredOrganization() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","author":{"@type":"Organization","name":"Callow Courier"}}
                </script>
                <body><p class="byline">By Jane Doe</p></body>""";
        assertEquals(List.of("Jane Doe"), read(page).authors());
    }

    @Test
    void aDeskDeclaredAsAJsonLdPersonIsReportedAsGiven() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","author":{"@type":"Person","name":"Redaktion"}}
                </script>""";
        assertEquals(List.of("Redaktion"), read(page).authors());
    }

    @Test
    void aPlaceholderAuthorIsNeverReported() {
        String page = """
                <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"admin"}}</script>""";
        assertEquals(List.of(), read(page).authors());
    }

    @Test
    void aJsonLdAuthorGivenByIdIsLookedUpInTheGraph() {
        String page = """
                <script type="application/ld+json">
                {"@graph":[{"@type":"Article","headline":"Harbour vote","author":{"@id":"https://x.test/#/person/1"}},
                  {"@type":"Person","@id":"https://x.test/#/person/1","name":"Jane Doe"}]}
                </script>""";
        assertEquals(List.of("Jane Doe"), read(page).authors());
    }

    @Test
    void aJsonLdPersonWithGivenAndFamilyNamesIsRead() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","author":{"@type":"Person","givenName":"Jane","familyName":"Doe"}}
                </script>""";
        assertEquals(List.of("Jane Doe"), read(page).authors());
    }

    @Test
    void aGermanTwitterCardWrittenByLabelIsRead() {
        String page = """
                <meta name="twitter:label1" content="Verfasst von">
                <meta name="twitter:data1" content="Jana Novak">""";
        assertEquals(List.of("Jana Novak"), read(page).authors());
    }

    @Test
    void credentialsAfterANameStayWithIt() {
        assertEquals(List.of("Jillian Kubala, MS, RD"), finder.namesIn("By Jillian Kubala, MS, RD", null));
        assertEquals(List.of("Genevieve Carlton, Ph.D."), finder.namesIn("Genevieve Carlton, Ph.D.", null));
    }

    @Test
    void anAgencyAfterANameIsNotACredential() {
        assertEquals(List.of("Jane Doe"), finder.namesIn("Jane Doe, AFP", null));
    }

    @Test
    void aPlainTextBylineIsRead() {
        String page = """
                <body><h1>Gedenktag</h1><p>Von Claudia Lindner</p><p>Am Montag wurden Steine verlegt.</p></body>""";
        assertEquals(List.of("Claudia Lindner"), read(page).authors());
    }

    @Test
    void aPlainTextBylineAfterIndentationAndSpacesOfAnyKindIsRead() {
        String page = "<body><h1>Gedenktag</h1><p>\n   \u00A0\u2003 von  Claudia\u00A0Lindner </p>"
                + "<p>Am Montag wurden Steine verlegt.</p></body>";
        assertEquals(List.of("Claudia Lindner"), read(page).authors());
    }

    @Test
    void onlyCharactersThatCanOpenAByWordAreTriedAsBylines() {
        BylineNames names = new BylineNames();
        assertEquals(List.of(true, true, true, true, false, false, true),
                List.of(names.mayStartWithPrefix('B'), names.mayStartWithPrefix('b'), names.mayStartWithPrefix('V'),
                        names.mayStartWithPrefix('é'), names.mayStartWithPrefix('Q'), names.mayStartWithPrefix('7'),
                        names.startsWithPrefix("Von Claudia Lindner")));
    }

    @Test
    void aPlainTextByLineInACommentThreadIsNotTheAuthor() {
        String page = """
                <body><h1>Gedenktag</h1><p>Am Montag wurden Steine verlegt.</p>
                <div class="comments"><p>Von Peter Maier</p><p>Schön!</p></div></body>""";
        assertEquals(List.of(), read(page).authors());
    }

    @Test
    void aPlainTextByBeforeASingleWordIsNotAByline() {
        String page = """
                <body><p>By Car</p><p>The drive takes two hours.</p></body>""";
        assertEquals(List.of(), read(page).authors());
    }

    @Test
    void theAuthorMetaTagIsRead() {
        assertEquals(List.of("Jane Doe"), read("<meta name=\"author\" content=\"Jane Doe\">").authors());
    }

    @Test
    void anAuthorMetaTagListingSeveralPeopleIsSplit() {
        assertEquals(List.of("Jane Doe", "Sam Patel"),
                read("<meta name=\"author\" content=\"Jane Doe, Sam Patel\">").authors());
    }

    @Test
    void aBylineInTheMarkupGivesEveryNameWithoutBy() {
        String page = """
                <body><p class="byline">By <a href="/author/jane-doe">Jane Doe</a> and <a href="/author/sam-patel">Sam Patel</a></p></body>""";
        assertEquals(List.of("Jane Doe", "Sam Patel"), read(page).authors());
    }

    @Test
    void aFrenchBylineLosesItsParAndSplitsOnEt() {
        assertEquals(List.of("Jean Dupont", "Marie Le Goff"),
                finder.namesIn("Par Jean Dupont et Marie Le Goff", null));
    }

    @Test
    void datesInABylineAreNotNames() {
        assertEquals(List.of("Jane Doe"), finder.namesIn("By Jane Doe | 12 March 2024, 10:15", null));
        assertEquals(List.of("Jane Doe"), finder.namesIn("By Jane Doe, Updated March 12", null));
    }

    @Test
    void contactPromptsInABylineAreNotNames() {
        assertEquals(List.of("Jane Doe"), finder.namesIn("By Jane Doe | Email the author | Follow on X", null));
    }

    @Test
    void rolesAfterTheNameAreDropped() {
        assertEquals(List.of("Sam Patel"), finder.namesIn("By Sam Patel, Political Correspondent", null));
        assertEquals(List.of("Sam Patel"), finder.namesIn("Sam Patel (Staff Writer)", null));
    }

    @Test
    void theSiteNameIsNotAnAuthor() {
        String page = """
                <meta property="og:site_name" content="The Callow Courier">
                <meta name="author" content="The Callow Courier">""";
        assertEquals(List.of(), read(page).authors());
    }

    @Test
    void newsAgenciesAndDesksAreNotAuthors() {
        assertEquals(List.of(), finder.namesIn("Reuters", null));
        assertEquals(List.of(), finder.namesIn("AFP", null));
        assertEquals(List.of(), finder.namesIn("La Rédaction", null));
        assertEquals(List.of(), finder.namesIn("Staff Reporter", null));
    }

    @Test
    void lowerCaseWordsAreNotNames() {
        assertEquals(List.of(), finder.namesIn("by the editorial board of this newspaper", null));
    }

    @Test
    void particlesInsideNamesAreKept() {
        assertEquals(List.of("Anne-Sophie de La Tour"), finder.namesIn("Par Anne-Sophie de La Tour", null));
    }

    @Test
    void jsonLdAuthorsWinOverTheMetaTagAndTheByline() {
        String page = """
                <meta name="author" content="Web Desk">
                <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Sam Patel"}}</script>
                <body><p class="byline">By Jane Doe</p></body>""";
        assertEquals(List.of("Sam Patel"), read(page).authors());
    }

    @Test
    void namesContainingARoleWordAreStillNames() {
        assertEquals(List.of("Jane Stafford"), finder.namesIn("By Jane Stafford", null));
        assertEquals(List.of("Staffan Lindqvist"), finder.namesIn("By Staffan Lindqvist", null));
    }

    @Test
    void everyAuthorLinkOfABylineIsRead() {
        String page = """
                <body><p>By <a rel="author" href="/people/jane-doe">Jane Doe</a> and
                <a rel="author" href="/people/sam-patel">Sam Patel</a></p></body>""";
        assertEquals(List.of("Jane Doe", "Sam Patel"), read(page).authors());
    }

    @Test
    void namesAfterAByWordInsideTheBylineAreRead() {
        assertEquals(List.of("Jane Doe"), finder.namesIn("Posted on 21 June 2020 by Jane Doe", null));
        assertEquals(List.of("Jana Novak"), finder.namesIn("Text von Jana Novak Illustration von Paul Kern", null));
    }

    @Test
    void aNameParticleIsNotAByWord() {
        assertEquals(List.of("Ursula von der Leyen"), finder.namesIn("Ursula von der Leyen", null));
    }

    @Test
    void formLabelsAndProfileLinksAreNotNames() {
        assertEquals(List.of(), finder.namesIn("Name", null));
        assertEquals(List.of(), finder.namesIn("More Posts", null));
        assertEquals(List.of("Jana Novak"), finder.namesIn("Jana Novak Alle Artikel", null));
    }

    @Test
    void aLabelGluedToTheNameIsRemoved() {
        assertEquals(List.of("Jana Novak"), finder.namesIn("AuthorJana Novak", null));
    }

    @Test
    void aUserNameDeclaredAsTheAuthorIsKept() {
        assertEquals(List.of("jdoe42"), read("<meta name=\"author\" content=\"jdoe42\">").authors());
    }

    @Test
    void escapedEntitiesInTheAuthorTagAreDecoded() {
        assertEquals(List.of("Maria", "Katerina"),
                read("<meta name=\"author\" content=\"Maria &amp;amp; Katerina\">").authors());
    }

    @Test
    void onlyTheFirstBylineOfAThreadIsRead() {
        String page = """
                <body><div class="post"><span itemprop="author">Jane Doe</span><p>Question?</p></div>
                <div class="post"><span itemprop="author">Sam Patel</span><p>Answer.</p></div></body>""";
        assertEquals(List.of("Jane Doe"), read(page).authors());
    }
}
