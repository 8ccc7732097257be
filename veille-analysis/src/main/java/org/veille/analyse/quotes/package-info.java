/**
 * Finding quotations and their cues in an extracted article (the quotations part of the analyse
 * stage).
 *
 * <p>The first piece is the cue vocabulary: {@link org.veille.analyse.quotes.SpeechVerbs} knows every
 * form of the French and English verbs that report speech, written out from lemma lists by
 * {@link org.veille.analyse.quotes.FrenchConjugator} and {@link org.veille.analyse.quotes.EnglishInflector}.
 */
package org.veille.analyse.quotes;
