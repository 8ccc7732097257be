package org.veille.analyse.nlp;

import java.util.Objects;

import org.veille.model.EntityType;

/**
 * One word of an annotated text.
 *
 * @param word   the word as the tokenizer normalised it (a French contraction "du" is two words, "de"
 *               and "le", sharing the same characters)
 * @param start  char offset of its first character in the text
 * @param end    exclusive char offset
 * @param entity the named-entity class the tagger gave it, or null
 * @param tag    its part of speech (Penn Treebank tags for English), or null when the annotator does
 *               not tag parts of speech
 */
public record Token(String word, int start, int end, EntityType entity, String tag) {
    public Token {
        Objects.requireNonNull(word, "word");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for " + word);
        }
    }

    /** A word without a part of speech. */
    public Token(String word, int start, int end, EntityType entity) {
        this(word, start, end, entity, null);
    }
}
