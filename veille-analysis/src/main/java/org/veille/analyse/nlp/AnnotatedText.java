package org.veille.analyse.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences, words and named-entity tags: what the rules of the analyse stage read.
 * It holds no reference to the tagger that made it, so rules are tested on texts built by hand as well
 * as on the tagger's output.
 *
 * @param text      the text annotated
 * @param language  its language code ("fr", "en")
 * @param sentences in text order
 */
public record AnnotatedText(String text, String language, List<Sentence> sentences) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
    }

    /** The characters a token covers in the text (its surface form: "du", not "de"). */
    public String surface(Token token) {
        return text.substring(token.start(), token.end());
    }
}
