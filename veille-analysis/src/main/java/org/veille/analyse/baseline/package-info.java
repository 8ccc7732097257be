/**
 * Other systems run on the same articles as Veille, to measure Veille against them: today Stanford
 * CoreNLP's own English quotation finder and attribution ({@code quote} over {@code coref}), which the
 * {@code eval quotes --engine corenlp} and {@code bench analyze --compare-corenlp} commands score and
 * time. Nothing here is used by the analyse stage itself.
 */
package org.veille.analyse.baseline;
