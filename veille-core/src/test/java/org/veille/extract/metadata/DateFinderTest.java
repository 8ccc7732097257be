package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.veille.extract.metadata.Pages.read;

import org.junit.jupiter.api.Test;

/** The publication date of a page, from the most reliable signal it offers. */
class DateFinderTest {

    @Test
    void theJsonLdPublicationDateComesFirst() {
        String page = """
                <meta property="article:published_time" content="2023-02-20T08:00:00+01:00">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-21T09:30:00+01:00"}</script>""";
        assertEquals("2023-02-21T09:30:00+01:00", read(page).published());
    }

    @Test
    void thePublishedTimeMetaTagIsRead() {
        assertEquals("2024-05-08T18:20:00+01:00",
                read("<meta property=\"article:published_time\" content=\"2024-05-08T18:20:00+01:00\">").published());
    }

    @Test
    void aTimeElementWithADatetimeIsRead() {
        assertEquals("2023-02-21",
                read("<body><article><time datetime=\"2023-02-21\">Tuesday</time></article></body>").published());
    }

    @Test
    void aTimeInsideTheArticleBeatsAnEarlierTimeInTheSidebar() {
        String page = """
                <body><aside><a href="/older">Older story</a> <time datetime="2019-01-01">1 Jan 2019</time></aside>
                <article><time datetime="2024-03-12">12 March 2024</time><p>Story.</p></article></body>""";
        assertEquals("2024-03-12", read(page).published());
    }

    @Test
    void aDateInTheUrlPathIsRead() {
        assertEquals("2023-02-21", read("<title>x</title>", "https://news.example/world/2023/02/21/belarus-army/").published());
    }

    @Test
    void theCanonicalUrlIsPreferredToTheFetchedUrlForItsDate() {
        String page = """
                <link rel="canonical" href="https://news.example/2022/11/30/story.html">""";
        assertEquals("2022-11-30", read(page, "https://news.example/amp/2023/01/01/story").published());
    }

    @Test
    void aFrenchDateInADateClassedElementIsRead() {
        assertEquals("2023-02-21",
                read("<html lang=\"fr\"><body><p class=\"date\">Publié le 21 février 2023 à 10h05</p></body></html>").published());
    }

    @Test
    void aGermanDateInADateClassedElementIsRead() {
        assertEquals("2020-03-19",
                read("<html lang=\"de\"><body><span class=\"article-date\">19. März 2020, 14:02 Uhr</span></body></html>").published());
    }

    @Test
    void aNumericDateIsMonthFirstOnUsEnglishPages() {
        assertEquals("2020-03-04",
                read("<html lang=\"en-US\"><body><span class=\"date\">03/04/2020</span></body></html>").published());
    }

    @Test
    void aNumericDateIsDayFirstOnEuropeanPages() {
        assertEquals("2020-04-03",
                read("<html lang=\"en-GB\"><body><span class=\"date\">03/04/2020</span></body></html>").published());
        assertEquals("2020-04-03",
                read("<html lang=\"fr\"><body><span class=\"date\">03/04/2020</span></body></html>").published());
    }

    @Test
    void theModificationDateIsOnlyALastResort() {
        String page = """
                <meta property="article:modified_time" content="2023-03-01T12:00:00Z">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-21"}</script>""";
        assertEquals("2023-02-21", read(page).published());
        assertEquals("2023-03-01T12:00:00Z",
                read("<meta property=\"article:modified_time\" content=\"2023-03-01T12:00:00Z\">").published());
    }

    @Test
    void aDateFarInTheFutureIsNeverThePublicationDate() {
        String page = """
                <meta property="article:published_time" content="2099-01-01T00:00:00Z">
                <body><span class="date">12 June 2199</span></body>""";
        assertNull(read(page).published());
    }

    @Test
    void aPageWithoutAnyDateHasNone() {
        assertNull(read("<title>About us</title><body><p>We are a cooperative.</p></body>").published());
    }

    @Test
    void aDateInTheUrlWithDashesIsRead() {
        assertEquals("2020-12-24", read("<title>x</title>", "https://news.example/article/2020-12-24/curfew").published());
    }

    @Test
    void aNumberOpeningTheSlugAfterAYearAndMonthIsNotADay() {
        assertNull(new DateFinder(new DateParser()).fromUrl("https://blog.example/2023/10/3-fragen-an-die-leiterin/"));
        assertEquals("2017-07-03", new DateFinder(new DateParser()).fromUrl("https://news.example/2017/7/3/story"));
    }

    @Test
    void aYearAndWeekNumberInTheUrlIsNotADate() {
        assertNull(read("<title>x</title>", "https://news.example/artikel/2023/43/imperialism").published());
    }

    @Test
    void theUrlDateComesBeforeADeclaredUtcTimestamp() {
        String page = """
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T05:30:59Z"}</script>""";
        assertEquals("2023-11-08", read(page, "https://news.example/2023/11/08/mayor-elected/").published());
    }

    @Test
    void aDateAnnouncedAsPublishedInTheTextBeatsATimeElement() {
        String page = """
                <body><h1>Sternfusion am Teilchenbeschleuniger</h1><p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p>
                <div class="player"><time datetime="2019-08-24T03:36:11+02:00">24.08.2019</time></div></body>""";
        assertEquals("2019-08-16", read(page).published());
    }

    @Test
    void aDateOnItsOwnLineUnderTheHeadlineIsRead() {
        String page = """
                <body><h1>Top ten women talking sports</h1><p>January 22, 2014</p>
                <p>A generally accepted myth says that only men talk about sports.</p></body>""";
        assertEquals("2014-01-22", read(page).published());
    }

    @Test
    void theHeadlineIsTheH1MatchingTheTitleNotASiteLogo() {
        String filler = "<p>" + "Navigation und Service der Behörde. ".repeat(8) + "</p>";
        String page = """
                <title>Mineralölinfo November 2021</title><body><h1>Bundesamt für Wirtschaft</h1><p>31.12.2018</p>
                %s<h1><span class="topline">27.01.2022</span> Mineralölinfo November 2021</h1><p>Der Absatz sank.</p></body>"""
                .formatted(filler);
        assertEquals("2022-01-27", read(page).published());
    }

    @Test
    void aDateInTheCommentsIsNotThePublicationDate() {
        String page = """
                <body><h1>The council votes to close the pool</h1><p>The council voted on Tuesday evening.</p>
                <div id="comments"><p>12/01/2020</p><p>What a shame.</p></div></body>""";
        assertNull(read(page).published());
    }

    @Test
    void aCopyrightLineIsNotADate() {
        String page = """
                <body><h1>The council votes to close the pool</h1><p>© 19.12.2019 Example Media GmbH</p></body>""";
        assertNull(read(page).published());
    }

    @Test
    void theDeclaredRevisionDateWinsWhenItIsTheOnlyDateShown() {
        String page = """
                <script type="application/ld+json">{"@type":"Article","datePublished":"2016-08-29T21:54:39Z",
                "dateModified":"2019-05-06T10:00:00Z"}</script>
                <body><h1>How to care for hydrangeas</h1><p>May 6, 2019</p><p>Water them.</p></body>""";
        assertEquals("2019-05-06T10:00:00Z", read(page).published());
    }

    @Test
    void aRevisionDateLabelledAsAnUpdateLeavesThePublicationDate() {
        String page = """
                <script type="application/ld+json">{"@type":"Article","datePublished":"2016-08-29T21:54:39Z",
                "dateModified":"2019-05-06T10:00:00Z"}</script>
                <body><h1>How to care for hydrangeas</h1><p>Updated May 6, 2019</p><p>Water them.</p></body>""";
        assertEquals("2016-08-29T21:54:39Z", read(page).published());
    }

    @Test
    void aDateInTheTitleIsReadWhenNothingElseDatesThePage() {
        assertEquals("2020-04-22",
                read("<html lang=\"de\"><title>Bericht zur Coronalage vom 22.04.2020</title><body><p>Text.</p></body></html>")
                        .published());
    }

    @Test
    void thePublicationMetaNamedPublicationDateIsRead() {
        assertEquals("2022-02-08", read("<meta name=\"publication_date\" content=\"2022-02-08T14:00:00\">").published());
    }

    @Test
    void theDateShownWithTheHeadlineBeatsADeclaredDateShownNowhere() {
        String page = """
                <html lang="de"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-15"}</script>
                <title>Schneesport mit Rücksicht auf Wildtiere</title>
                <body><h1>Schneesport mit Rücksicht auf Wildtiere</h1><span class="date">25.01.2022</span>
                <p>Wildtiere brauchen im Winter Ruhe.</p></body></html>""";
        assertEquals("2022-01-25", read(page).published());
    }

    @Test
    void aDeclaredDateTheTextAlsoShowsStands() {
        String page = """
                <html lang="de"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-15"}</script>
                <title>Schneesport mit Rücksicht auf Wildtiere</title>
                <body><h1>Schneesport mit Rücksicht auf Wildtiere</h1><span class="date">25.01.2022</span>
                <p>Wildtiere brauchen im Winter Ruhe.</p><p>Erstellt am 15.01.2022</p></body></html>""";
        assertEquals("2022-01-15", read(page).published());
    }

    @Test
    void aUtcStampIsKeptWhenTheShownDayIsTheSameInstantInAnotherZone() {
        String page = """
                <html lang="en-US"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T02:11:03Z"}</script>
                <title>Police investigate stabbing</title>
                <body><h1>Police investigate stabbing</h1><span class="date">November 8, 2023</span><p>Text.</p></body></html>""";
        assertEquals("2023-11-09T02:11:03Z", read(page).published());
    }

    @Test
    void aUtcStampIsGivenInThePageZoneWhenItsOtherTimestampsPutItOnTheShownDay() {
        String page = """
                <html lang="en-US"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T02:11:03Z"}</script>
                <title>Police investigate stabbing</title>
                <body><h1>Police investigate stabbing</h1><span class="date">November 8, 2023</span><p>Text.</p>
                <aside><time datetime="2023-11-08T20:30:00-05:00">8:30 PM</time></aside></body></html>""";
        assertEquals("2023-11-08T21:11:03-05:00", read(page).published());
    }

    @Test
    void aUtcStampStaysWhenThePageZoneDoesNotPutItOnTheShownDay() {
        String page = """
                <html lang="de"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-08T20:00:00Z"}</script>
                <meta name="date" content="Wed, 08 Nov 2023 21:00:00 +0100">
                <title>Gemeinderat beschliesst Budget</title>
                <body><h1>Gemeinderat beschliesst Budget</h1><span class="date">09.11.2023</span><p>Text.</p></body></html>""";
        assertEquals("2023-11-08T20:00:00Z", read(page).published());
    }

    @Test
    void aPhotoCaptionDateInsideABlogPostIsNotItsDate() {
        String page = """
                <html lang="en"><title>Protesters gather at Paris theater</title><body>
                <article class="post status-publish format-standard"><h1>Protesters gather at Paris theater</h1>
                <div class="entry-content"><div>FILE PHOTO: The president speaks during a ceremony near Orleans, France, January 16, 2020. Pool via REUTERS</div>
                <p>January 18, 2020</p><p>Protesters gathered on Friday.</p></div></article></body></html>""";
        assertEquals("2020-01-18", read(page).published());
    }

    @Test
    void aDateLinkedInsideASentenceIsNotTheHeadlineDate() {
        String page = """
                <html lang="de"><title>Lässt sich die Ausbreitung kontrollieren?</title><body>
                <h1>Lässt sich die Ausbreitung kontrollieren?</h1>
                <p>Das zeigt der Vergleich mit den Zahlen des <a href="/who">WHO-Lageberichts vom 25. Februar 2020</a>, die seither deutlich gestiegen sind.</p>
                <div class="artikel-datum">26.02.2020</div></body></html>""";
        assertEquals("2020-02-26", read(page).published());
    }

    @Test
    void aDateLineRightAboveTheHeadlineBeatsADateFarBelowIt() {
        String filler = "Die Mannschaft hat am Wochenende gespielt und gewonnen. ".repeat(15);
        String page = """
                <html lang="de"><title>Kohlmann nominiert fünf Spieler</title><body>
                <div>02.02.2022</div><h1>Kohlmann nominiert fünf Spieler</h1><p>%s</p>
                <div>30.01.2022</div><p>Ein anderer Bericht.</p></body></html>""".formatted(filler);
        assertEquals("2022-02-02", read(page).published());
    }

    @Test
    void publicationMarkupOnASidebarTeaserLosesToTheDateShownWithTheHeadline() {
        String page = """
                <html lang="de"><title>Intendantenwechsel beim Sender</title><body>
                <h1>Intendantenwechsel beim Sender</h1><span class="date">31.10.2023</span><p>Der Sender bekommt eine neue Leitung.</p>
                <div class="sidebar"><div class="teaser"><a href="/alt">Älterer Beitrag</a>
                <meta itemprop="datePublished" content="2020-12-03"><span class="date">03.12.2020</span></div></div></body></html>""";
        assertEquals("2023-10-31", read(page).published());
    }

    @Test
    void publicationMarkupWhoseDayThePageShowsStands() {
        String page = """
                <html lang="de"><title>Intendantenwechsel beim Sender</title><body>
                <h1>Intendantenwechsel beim Sender</h1><span class="date">31.10.2023</span><p>Der Sender bekommt eine neue Leitung.</p>
                <p>Erstellt: <time itemprop="datePublished" datetime="2023-10-30T09:00:00+01:00">30.10.2023</time></p></body></html>""";
        assertEquals("2023-10-30T09:00:00+01:00", read(page).published());
    }

    @Test
    void aShownNumericDateReadInTheOtherOrderCountsAsTheDeclaredOne() {
        String page = """
                <html lang="en-GB"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-08"}</script>
                <title>Council approves budget</title>
                <body><h1>Council approves budget</h1><span class="date">11/08/2023</span><p>Text.</p></body></html>""";
        assertEquals("2023-11-08", read(page).published());
    }

    @Test
    void withNothingElseTheFirstDateOnALineOfItsOwnDatesThePage() {
        String page = """
                <html lang="de"><body><div>Pressemitteilung</div><div>27.01.2022</div>
                <p>Die Stadt hat heute beschlossen, das Schwimmbad im Sommer wieder zu öffnen.</p></body></html>""";
        assertEquals("2022-01-27", read(page).published());
    }

    @Test
    void aDateOnlyInTheSiteFooterDoesNotDateThePage() {
        String page = """
                <html lang="de"><body><p>Die Stadt hat heute beschlossen, das Schwimmbad wieder zu öffnen.</p>
                <footer>Stand: 27.01.2022</footer></body></html>""";
        assertNull(read(page).published());
    }

    @Test
    void aDateInTheSharedImagePathIsALateFallback() {
        String page = """
                <meta property="og:image" content="https://www.example.org/files/2016/05/04/report.png">
                <body><p>Our annual report.</p></body>""";
        assertEquals("2016-05-04", read(page).published());
    }

    @Test
    void aPublicationKeyInScriptDataIsALateFallback() {
        String page = """
                <body><div id="app"></div>
                <script>window.__STATE__ = {"story":{"title":"Hybrid battery","publishedAt":"2021-03-04T10:00:00Z"}};</script></body>""";
        assertEquals("2021-03-04T10:00:00Z", read(page).published());
    }

    @Test
    void aCreationKeyInScriptDataIsNotAPublicationDate() {
        String page = """
                <body><div id="app"></div>
                <script>window.__STATE__ = {"user":{"name":"x","createdAt":"2021-03-04T10:00:00Z"}};</script></body>""";
        assertNull(read(page).published());
    }

    @Test
    void aDayFirstDateOpeningAUrlSegmentIsRead() {
        assertEquals("2021-10-29", read("<title>x</title>", "https://verein.example/meldungen/29-10-2021").published());
        assertEquals("2022-01-02", read("<title>x</title>", "https://land.example/presse/detail/~02-01-2022-land-zahlte").published());
    }

    @Test
    void aDayFirstDateInsideASlugIsPartOfTheTitle() {
        assertNull(read("<title>x</title>", "https://forum.example/t/how-to-request-after-08-02-2024/212419").published());
    }
}
