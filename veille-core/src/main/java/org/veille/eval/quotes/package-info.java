/**
 * Scoring quotation finding and speaker attribution as {@code shared/eval/README.md} defines it.
 *
 * <p>Gold articles ({@link org.veille.eval.quotes.GoldArticle}, read by
 * {@link org.veille.eval.quotes.FrNewsQuoteSet}) mark quotes in their own cleaned text, while Veille marks
 * them in the text it extracted itself; {@link org.veille.eval.quotes.TextAlignment} maps Veille's spans
 * onto the gold text word by word. {@link org.veille.eval.quotes.QuoteMatcher} then pairs predictions
 * with gold quotes one-to-one under a {@link org.veille.eval.quotes.SpanCriterion},
 * {@link org.veille.eval.quotes.SpeakerNames} judges speakers, and
 * {@link org.veille.eval.quotes.QuoteTally} adds it all up into {@link org.veille.eval.quotes.QuoteScores}.
 * Nothing here knows how quotes are found.
 */
package org.veille.eval.quotes;
