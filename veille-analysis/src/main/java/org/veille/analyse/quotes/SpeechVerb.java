package org.veille.analyse.quotes;

import java.util.List;
import java.util.Objects;

/**
 * A verb that reports speech, as its lexicon line names it.
 *
 * @param lemma      the infinitive as listed ("s'exclamer", "faire valoir")
 * @param reflexive  whether it takes a reflexive pronoun ("s'est exclamé", "se dit")
 * @param particles  the words that follow the conjugated verb in a multi-word cue ("valoir", "en garde")
 */
public record SpeechVerb(String lemma, boolean reflexive, List<String> particles) {
    public SpeechVerb {
        Objects.requireNonNull(lemma, "lemma");
        particles = List.copyOf(particles);
    }
}
