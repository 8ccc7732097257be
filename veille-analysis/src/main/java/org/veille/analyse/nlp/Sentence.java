package org.veille.analyse.nlp;

import java.util.List;

/**
 * A sentence of an annotated text: its char span and its words.
 */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
