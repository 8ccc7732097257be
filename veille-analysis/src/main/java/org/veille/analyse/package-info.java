/**
 * The analyse stage: what an extracted article says and who says it. Sub-packages hold its parts:
 * {@code nlp} (sentences, words, entity tags), {@code entities}, {@code quotes}.
 */
package org.veille.analyse;
