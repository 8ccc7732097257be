package org.veille.analyse.quotes;

import org.veille.model.QuoteKind;

/**
 * A quotation as the finder reports it, in char offsets of the analysed text.
 *
 * @param text           the quoted or reported words
 * @param kind           direct, mixed or indirect
 * @param start          char offset
 * @param end            exclusive char offset
 * @param cue            the attributing words as written, or null
 * @param speaker        the speaker's fullest name or, for an unnamed source, the description the text
 *                       gives ("un initié"); null when the text does not say
 * @param entity         index of the speaker's entity cluster, or -1
 * @param speakerMention where the cue names the speaker (a name, "il", "le ministre"), or null
 * @param confidence     how sure the attribution is, in [0, 1]
 */
public record FoundQuote(String text, QuoteKind kind, int start, int end, String cue, String speaker, int entity,
                         Subject speakerMention, double confidence) {
}
