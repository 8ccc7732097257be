package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.veille.extract.metadata.Pages.read;

import org.junit.jupiter.api.Test;

/** The headline, without the site name that declared titles carry. */
class TitleFinderTest {

    @Test
    void theSiteSuffixIsRemovedFromTheHtmlTitle() {
        assertEquals("Council approves the new library budget",
                read("<title>Council approves the new library budget - Daily Gazette</title>").title());
    }

    @Test
    void aSitePrefixIsRemovedFromTheHtmlTitle() {
        assertEquals("Council approves the new library budget",
                read("<title>Gazette | Council approves the new library budget</title>").title());
    }

    @Test
    void theKnownSiteNameIsRemovedWhereverItStands() {
        String page = """
                <meta property="og:site_name" content="The Mill Street Messenger">
                <title>Library: the vote, the money, the delays | The Mill Street Messenger</title>""";
        assertEquals("Library: the vote, the money, the delays", read(page).title());
    }

    @Test
    void theOpenGraphTitleIsPreferredToTheHtmlTitle() {
        String page = """
                <title>Library vote - Local - Daily Gazette</title>
                <meta property="og:title" content="Council approves the new library budget">""";
        assertEquals("Council approves the new library budget", read(page).title());
    }

    @Test
    void anOpenGraphTitleLosesItsSiteSuffixToo() {
        String page = """
                <meta property="og:site_name" content="Daily Gazette">
                <meta property="og:title" content="Council approves the new library budget | Daily Gazette">""";
        assertEquals("Council approves the new library budget", read(page).title());
    }

    @Test
    void anH1AgreeingWithTheDeclaredTitleWins() {
        String page = """
                <title>Council approves the new library budget after a long night - Daily Gazette</title>
                <body><h1>Council approves the new library budget</h1></body>""";
        assertEquals("Council approves the new library budget", read(page).title());
    }

    @Test
    void anH1ThatDisagreesWithTheDeclaredTitleDoesNotWin() {
        String page = """
                <title>Council approves the new library budget - Daily Gazette</title>
                <body><h1>Sign up to our newsletter</h1><h1>Most read this week</h1></body>""";
        assertEquals("Council approves the new library budget", read(page).title());
    }

    @Test
    void anH1HoldingTheSiteNameIsNotTheTitle() {
        String page = """
                <meta property="og:site_name" content="Daily Gazette">
                <title>Council approves the new library budget - Daily Gazette</title>
                <body><h1 class="site-title">Daily Gazette</h1></body>""";
        assertEquals("Council approves the new library budget", read(page).title());
    }

    @Test
    void theJsonLdHeadlineIsADeclaredTitle() {
        String page = """
                <title>Gazette</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the new library budget"}</script>""";
        assertEquals("Council approves the new library budget", read(page).title());
    }

    @Test
    void aLoneH1IsTheTitleOfAPageWithoutDeclaredTitle() {
        assertEquals("Council approves the new library budget",
                read("<body><h1>Council approves the new library budget</h1></body>").title());
    }

    @Test
    void aFrenchHeadlineKeepsItsSpacedColonWhenTheSiteIsKnown() {
        String page = """
                <meta property="og:site_name" content="La Gazette de Kervallon">
                <title>Tramway : la ligne B ouvrira avec six mois de retard | La Gazette de Kervallon</title>""";
        assertEquals("Tramway : la ligne B ouvrira avec six mois de retard", read(page).title());
    }

    @Test
    void aFrenchHeadlineKeepsItsSpacedColonWhenTheSiteIsUnknown() {
        assertEquals("Tramway : la ligne B ouvrira avec six mois de retard",
                read("<title>Tramway : la ligne B ouvrira avec six mois de retard | La Gazette</title>").title());
    }

    @Test
    void aPageWithoutAnyTitleHasNone() {
        assertNull(read("<body><p>No title anywhere on this page.</p></body>").title());
    }

    @Test
    void entitiesLeftInADeclaredTitleAreDecoded() {
        String page = """
                <meta property="og:title" content="Council votes &amp;#8220;yes&amp;#8221; &amp;amp; pays for the harbour">""";
        assertEquals("Council votes “yes” & pays for the harbour", read(page).title());
    }

    @Test
    void aPartNamingTheHostIsTheSiteEvenWithoutADeclaredSiteName() {
        assertEquals("Council approves the new library budget » The vote",
                read("<title>Council approves the new library budget » The vote | GAZETTE.de</title>",
                        "https://www.gazette.de/local/library").title());
    }

    @Test
    void aClauseAfterADashIsNotTakenForASiteName() {
        assertEquals("Leasing or financing – which one pays off?",
                read("<title>Leasing or financing – which one pays off?</title>").title());
    }

    @Test
    void theOnlyH1MarkedAsTheTitleWinsOverADifferentDeclaredTitle() {
        String page = """
                <meta property="og:title" content="Library budget: what changes for readers">
                <body><h1 class="entry-title">Council approves the new library budget</h1></body>""";
        assertEquals("Council approves the new library budget", read(page).title());
    }

    @Test
    void aPermalinkSignAfterTheH1IsNotPartOfTheTitle() {
        String page = """
                <title>Middleware reference - Docs</title>
                <body><h1>Middleware reference¶</h1></body>""";
        assertEquals("Middleware reference", read(page).title());
    }
}
