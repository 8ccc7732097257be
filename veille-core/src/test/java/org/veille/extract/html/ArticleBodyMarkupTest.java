package org.veille.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleBodyMarkupTest {

    private static Element div(String attributes) {
        return Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
    }

    /** One name per family of the pattern, in the spellings pages use, so the cheap pre-test never hides one. */
    @ParameterizedTest
    @ValueSource(strings = {"article-body", "ArticleBody", "article_content", "article-text", "story-body",
            "story-content", "storytext", "post-body", "post_content", "posttext", "entry-content", "entry-body",
            "content-body", "body-text", "article__body", "article__content", "single-post-content",
            "td-post-content", "field--name-body", "news-text", "newsbody", "text-content", "rich-text",
            "RichText", "page-content", "blog-post", "articletext", "artikel-text", "contenu-article",
            "article-contenu", "texte-article", "c-article-body", "col-8 Article-Body main"})
    void recognisesBodyClassNames(String name) {
        assertTrue(ArticleBodyMarkup.isDeclaredBody(div("class=\"" + name + "\"")), name);
        assertTrue(ArticleBodyMarkup.isDeclaredBody(div("id=\"" + name + "\"")), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nav", "col-md-4", "sidebar-content-ad", "bodyguard", "contents", "textarea-wrap",
            "poster"})
    void ignoresOtherNames(String name) {
        assertFalse(ArticleBodyMarkup.isDeclaredBody(div("class=\"" + name + "\"")), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"itemprop=\"articleBody\"", "itemprop=\"text\""})
    void recognisesSchemaOrgBody(String attribute) {
        assertTrue(ArticleBodyMarkup.isDeclaredBody(div(attribute)));
    }

    @org.junit.jupiter.api.Test
    void pageTemplateIsNotABody() {
        Element body = Jsoup.parse("<body id=\"article-body\"><p>x</p></body>").body();
        assertFalse(ArticleBodyMarkup.isDeclaredBody(body));
    }
}
