package org.veille.analyse.nlp;

import java.util.Set;

/** Splits a text into sentences and words and tags its named entities. */
public interface TextAnnotator {

    /** The languages this annotator has models for. */
    Set<String> languages();

    /**
     * Annotates a text in one of {@link #languages()}.
     *
     * @throws IllegalArgumentException for another language
     */
    AnnotatedText annotate(String text, String language);
}
