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
 */
public record Token(String word, int start, int end, EntityType entity) {
    public Token {
        Objects.requireNonNull(word, "word");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for " + word);
        }
    }
}
