package org.veille.analyse.attribution;

import java.util.List;

import org.veille.analyse.nlp.Token;

/**
 * One paragraph as the tagger reads it: its words, the hashed features of each, and the sentence each
 * word belongs to (assembling attributions prefers a cue in the content's own sentence).
 *
 * @param tokens    the paragraph's words, in order
 * @param features  for each word, its feature hashes
 * @param sentences for each word, the index of its sentence in the text
 */
public record TokenSequence(List<Token> tokens, int[][] features, int[] sentences) {
    public TokenSequence {
        tokens = List.copyOf(tokens);
        if (features.length != tokens.size() || sentences.length != tokens.size()) {
            throw new IllegalArgumentException("features for " + features.length + " and sentences for "
                    + sentences.length + " of " + tokens.size() + " words");
        }
    }

    public int size() {
        return tokens.size();
    }
}
