package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.veille.extract.metadata.Pages.read;

import org.junit.jupiter.api.Test;

/** Section, site name, canonical URL, declared type and language: what a page says about itself. */
class PageFactsTest {

    @Test
    void theSectionComesFromTheJsonLdArticleSection() {
        String page = """
                <meta property="article:section" content="Politics">
                <script type="application/ld+json">{"@type":"NewsArticle","articleSection":["MONDE","Europe"]}</script>""";
        assertEquals("MONDE", read(page).section());
    }

    @Test
    void theSectionComesFromTheSectionMetaTag() {
        assertEquals("Politics", read("<meta property=\"article:section\" content=\" Politics \">").section());
    }

    @Test
    void theSectionComesFromTheBreadcrumbListBeforeThePageItself() {
        String page = """
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
                  {"@type":"ListItem","position":1,"name":"Home","item":"https://news.example/"},
                  {"@type":"ListItem","position":2,"item":{"@id":"https://news.example/world","name":"World"}},
                  {"@type":"ListItem","position":3,"name":"Belarus will not join the war, says insider"}]}
                </script>""";
        assertEquals("World", read(page).section());
    }

    @Test
    void aPageWithoutSectionHasNone() {
        assertNull(read("<title>About us</title>").section());
    }

    @Test
    void theSiteNameComesFromOpenGraph() {
        assertEquals("The Callow Courier", read("<meta property=\"og:site_name\" content=\"The Callow Courier\">").site());
    }

    @Test
    void theSiteNameComesFromTheJsonLdPublisher() {
        String page = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","publisher":{"@type":"NewsMediaOrganization","name":"La Gazette de Kervallon"}}
                </script>""";
        assertEquals("La Gazette de Kervallon", read(page).site());
    }

    @Test
    void theSiteNameComesFromAJsonLdWebSite() {
        String page = """
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Mill Street Messenger","url":"https://messenger.example/"}]}
                </script>""";
        assertEquals("Mill Street Messenger", read(page).site());
    }

    @Test
    void theCanonicalUrlComesFromTheCanonicalLink() {
        String page = """
                <link rel="canonical" href="https://news.example/world/belarus-army">
                <meta property="og:url" content="https://news.example/og/belarus-army">""";
        assertEquals("https://news.example/world/belarus-army", read(page).canonicalUrl());
    }

    @Test
    void aRelativeCanonicalLinkIsResolvedAgainstThePageAddress() {
        assertEquals("https://news.example/world/belarus-army",
                read("<link rel=\"canonical\" href=\"/world/belarus-army\">", "https://news.example/amp/belarus-army").canonicalUrl());
    }

    @Test
    void theOpenGraphUrlIsTheCanonicalUrlWhenThereIsNoLink() {
        assertEquals("https://news.example/og/belarus-army",
                read("<meta property=\"og:url\" content=\"https://news.example/og/belarus-army\">").canonicalUrl());
    }

    @Test
    void theFetchedAddressIsNotTakenForTheCanonicalUrl() {
        assertNull(read("<title>x</title>", "https://news.example/amp/belarus-army").canonicalUrl());
    }

    @Test
    void theDeclaredTypeComesFromJsonLdThenOpenGraph() {
        assertEquals("newsarticle", read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>").declaredType());
        assertEquals("article", read("<meta property=\"og:type\" content=\"Article\">").declaredType());
        assertNull(read("<title>x</title>").declaredType());
    }

    @Test
    void theLanguageComesFromTheHtmlElementThenTheMetaTags() {
        assertEquals("fr-fr", read("<html lang=\"fr_FR\"><head></head></html>").language());
        assertEquals("en-gb", read("<meta property=\"og:locale\" content=\"en_GB\">").language());
    }
}
