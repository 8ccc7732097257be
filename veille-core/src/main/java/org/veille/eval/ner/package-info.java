/**
 * Scoring named-entity recognition as {@code shared/eval/README.md} defines it (conlleval: exact-span
 * micro F1 per type) on the CoNLL-style sets of {@code shared/eval/ner}.
 */
package org.veille.eval.ner;
