package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.veille.extract.metadata.Pages.read;

import org.junit.jupiter.api.Disabled;
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
    @Disabled("bug: DateFinder.fromMarkup uses selectFirst(\"article time[datetime], time[datetime]\"), which returns the"
            + " first match of either selector in document order, so a sidebar <time> before the article beats the"
            + " article's own <time>")
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
}
