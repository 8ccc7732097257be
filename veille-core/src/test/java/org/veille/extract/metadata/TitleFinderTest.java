package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    @Test
    void theKickerInsideTheH1IsNotPartOfTheHeadline() {
        String page = """
                <meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">
                <body><h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span>
                <span class="article-heading__title">Bohren, bis es heiß wird</span></h1></body>""";
        assertEquals("Bohren, bis es heiß wird", read(page).title());
    }

    @Test
    void aSubtitleInSmallPrintInsideTheH1IsNotPartOfTheHeadline() {
        String page = """
                <title>Fish cakes, hot and fresh | Travel Notes</title>
                <body><h1>Fish cakes, hot and fresh <small>Welcome to the harbour town</small></h1></body>""";
        assertEquals("Fish cakes, hot and fresh", read(page).title());
    }

    @Test
    void anH1LinkingToTheHomePageIsTheLogo() {
        String page = """
                <title>Small adventures with small models | Engora Data Blog</title>
                <body><h1><a href="https://blog.example.com/">Engora Data Blog</a></h1>
                <h1>Small adventures with small models</h1></body>""";
        assertEquals("Small adventures with small models", read(page).title());
    }

    @Test
    void aVisuallyHiddenH1IsNotTheHeadline() {
        String page = """
                <meta property="og:title" content="Atomkraft und Erdgas sind nicht nachhaltig">
                <body><h1 class="visuallyhidden">Atomkraft und Erdgas sind nicht nachhaltig | Umweltamt</h1></body>""";
        assertEquals("Atomkraft und Erdgas sind nicht nachhaltig", read(page).title());
    }

    @Test
    void theH1AgreeingWithTheOpenGraphTitleWinsOverTheBlogNameInTheHtmlTitle() {
        String page = """
                <title>Audio Desktop: Meta-Programming In Emacs</title>
                <meta property="og:title" content="Meta-Programming In Emacs">
                <body><h1 class="title">Audio Desktop</h1><h1 class="title">Meta-Programming In Emacs</h1></body>""";
        assertEquals("Meta-Programming In Emacs", read(page).title());
    }

    @Test
    void anH1FoundInsideAWordOfTheDeclaredTitleDoesNotAgree() {
        assertFalse(TitleFinder.agrees("Library budgeting explained", "Library budget"));
        assertTrue(TitleFinder.agrees("Library budget Rezept | Gazette", "Library budget"));
    }
}
