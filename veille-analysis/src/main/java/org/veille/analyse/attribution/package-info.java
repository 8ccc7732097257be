/**
 * Attribution learned from an annotated corpus: a tagger that labels every word of a paragraph as part
 * of a source, a cue or a content ({@link org.veille.analyse.attribution.AttributionTagger}), trained by
 * an averaged perceptron ({@link org.veille.analyse.attribution.PerceptronTrainer}) on a corpus
 * annotated as PolNeAR is, and the quotations read off its tags
 * ({@link org.veille.analyse.attribution.TaggedQuoteFinder}).
 */
package org.veille.analyse.attribution;
