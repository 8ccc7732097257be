package org.veille.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The byline evaluator selects what the CSS query it replaced selected, on elements of every kind. */
class BylineMarkupTest {
    private static final String QUERY = "[itemprop=author], [rel=author], a[href*=/author/], a[href*=/authors/], "
            + "[class~=(?i)(^|[-_ ])(byline|author|author-name|authors|by-author|contributor|auteurs?|autor|autoren|verfasser|writer)([-_ ]|$)]";

    @Test
    void selectsWhatTheCssQuerySelected() {
        Document page = Jsoup.parse("""
                <div class="byline">By Ann Lee</div><span class="Article-Byline x">By Bo Ek</span>
                <p class="author-name">Cy Dor</p><p class="authorship">not a byline class</p>
                <p class="post_author">Di Fa</p><p class="coauthors">no</p><p class="writer-box">Ed Go</p>
                <p class="auteurs">Fa Hu</p><p class="autoren">Gu In</p><p class="Verfasser">Ha Jo</p>
                <p class="contributors-list">no</p><p class="c-contributor">Ib Ka</p>
                <span itemprop="author">Jo Lu</span><span itemprop=" Author ">Ka Mo</span><span itemprop="authorship">no</span>
                <a rel="author" href="/x">Li No</a><a rel="AUTHOR" href="/y">Mo Pa</a><a rel="author me" href="/z">no</a>
                <a href="https://site.example/Author/nu-ro">Nu Ro</a><a href="/authors/ol-su">Ol Su</a>
                <a href="/authority/">no</a><div id="author">an id is not a class</div>
                <div class="by-author">Pa Ti</div><div class="ghostwriter">no</div>
                """);
        List<Element> expected = page.select(QUERY);
        List<Element> actual = page.select(new BylineMarkup());
        assertEquals(texts(expected), texts(actual));
        assertEquals(15, actual.size(), texts(actual).toString());
    }

    @Test
    void agreesWithTheQueryOnNamesAndAddressesBeyondAscii() {
        Document page = Jsoup.parse("""
                <p class="Auteur-Théo">Théo Blanc</p><p class="rédaction">no</p><p class="ÉCRIVAIN writer">Uma Vé</p>
                <a href="/AUTHOR/josé-díaz">José Díaz</a><a href="/autoría/">no</a><a href="/Authors/çelik">Ali Çelik</a>
                """);
        List<Element> expected = page.select(QUERY);
        List<Element> actual = page.select(new BylineMarkup());
        assertEquals(texts(expected), texts(actual));
        assertEquals(4, actual.size(), texts(actual).toString());
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }
}
