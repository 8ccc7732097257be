/**
 * The language stage: the article's language, its paragraphs in another language and the short
 * foreign fragments inside paragraphs, such as bracketed leftovers of machine translation.
 *
 * <p>Consumes an {@link org.veille.model.Extraction}; produces a
 * {@link org.veille.model.LanguageProfile} inside an {@link org.veille.pipeline.Outcome}, with
 * {@code language} warnings ({@code too-little-text}, {@code uncertain-language}) when it leaves the
 * language undetermined. Fragment offsets count Unicode code points in
 * {@link org.veille.model.Extraction#text()}. {@link org.veille.language.LanguageIdentifier} is the
 * entry point and {@link org.veille.language.LanguageSettings} holds every threshold.
 *
 * <p>Two signals are combined: per-language lists of common words, endings and letters (resource files
 * of this package, written for Veille), which are cheap and the only thing that works on one to three
 * words; and lingua's character n-gram model in low-accuracy mode, which confirms paragraphs and settles
 * unclear articles. Does not translate, does not detect scripts other than Latin (a Cyrillic or Arabic
 * article is left undetermined), and does not judge unmarked foreign words inside a sentence.
 */
package org.veille.language;
