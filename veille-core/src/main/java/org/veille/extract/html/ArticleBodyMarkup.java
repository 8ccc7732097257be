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
}
