/**
 * Sentences, words and named-entity tags for the analyse stage: the {@link org.veille.analyse.nlp.TextAnnotator}
 * contract and its Stanford CoreNLP implementation. Everything after this package reads
 * {@link org.veille.analyse.nlp.AnnotatedText}, never CoreNLP's own types.
 */
package org.veille.analyse.nlp;
