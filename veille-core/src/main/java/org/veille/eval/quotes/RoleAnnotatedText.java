package org.veille.eval.quotes;

import java.util.List;

/**
 * An article with every piece of its attributions: what a tagger learns from.
 *
 * @param id    the article's name
 * @param text  its text
 * @param spans the pieces, in file order
 */
public record RoleAnnotatedText(String id, String text, List<RoleSpan> spans) {
    public RoleAnnotatedText {
        spans = List.copyOf(spans);
    }
}
