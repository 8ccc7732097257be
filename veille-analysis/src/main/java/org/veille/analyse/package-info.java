/**
 * The analyse stage: what an extracted article says and who says it. Sub-packages hold its parts:
 * {@code nlp} (sentences, words, entity tags), {@code entities}, {@code quotes}; {@code baseline} holds
 * other systems run on the same articles to measure Veille against, not part of the stage.
 */
package org.veille.analyse;
