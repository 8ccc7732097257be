package org.veille.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** Recognises elements a page's markup names as its article body: the strongest hint a page gives. */
final class ArticleBodyMarkup {
    private static final Pattern BODY_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(article[-_]?body|articlebody|article[-_]?content|article[-_]?text|story[-_]?body|"
                    + "story[-_]?content|story[-_]?text|post[-_]?body|post[-_]?content|post[-_]?text|entry[-_]?content|"
                    + "entry[-_]?body|content[-_]?body|body[-_]?text|article__body|article__content|"
                    + "single[-_]?post[-_]?content|td-post-content|field--name-body|news[-_]?text|news[-_]?body|"
                    + "text[-_]?content|rich[-_]?text|richtext|page[-_]?content|blog[-_]?post|articletext|"
                    + "artikel[-_]?text|contenu[-_]?article|article[-_]?contenu|texte[-_]?article|c-article-body)"
                    + "([\\s_-]|$)");

    /** The narrower names that say "the body of this story", not just "a block of rich text". */
    private static final Pattern STORY_BODY_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(article[-_]?body|articlebody|article__body|article[-_]?content|article__content|"
                    + "story[-_]?body|story[-_]?content|storybody)([\\s_-]|$)");

    private ArticleBodyMarkup() {
    }

    static boolean isDeclaredBody(Element element) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return false; // <body id="article_body"> names the page template, not a container
        }
        String itemprop = element.attr("itemprop");
        if (itemprop.equals("articleBody") || itemprop.equals("text")) {
            return true;
        }
        return namesBody(element.className()) || namesBody(element.id());
    }

    /**
     * Runs the pattern only on names holding one of the words every alternative contains: this runs on
     * every element of every page, and most class names ("nav", "col-md-4") fail this test for free.
     */
    private static boolean namesBody(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean candidate = lower.contains("body") || lower.contains("content") || lower.contains("text")
                || lower.contains("post") || lower.contains("contenu");
        return candidate && BODY_CLASS.matcher(name).find();
    }

    /**
     * Whether the element is declared as the body of one story ({@code itemprop=articleBody},
     * {@code article-body}, {@code story-content}...): a boundary the text does not cross, unlike
     * generic names such as {@code rich-text} that site builders give every section.
     */
    static boolean isStoryBody(Element element) {
        if (element.attr("itemprop").equals("articleBody")) {
            return true;
        }
        String className = element.className();
        return (!className.isEmpty() && STORY_BODY_CLASS.matcher(className).find())
                || (!element.id().isEmpty() && STORY_BODY_CLASS.matcher(element.id()).find());
    }

    /**
     * Whether the element is the header of a story rather than of the site: a {@code <header>} inside
     * an {@code <article>} or the page's main region holds the headline and the standfirst, which are
     * text, while the site's header (logo, menus) sits outside both.
     */
    static boolean isStoryHeader(Element element) {
        if (!element.normalName().equals("header")) {
            return false;
        }
        for (Element e = element.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || e.attr("role").equals("main")) {
                return true;
            }
        }
        return false;
    }
}
