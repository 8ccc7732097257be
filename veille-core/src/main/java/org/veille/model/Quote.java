package org.veille.model;

import java.util.Objects;

/**
 * A quotation of an article and who says it.
 *
 * @param text           the quoted words (direct and mixed: inside the marks, without them) or the
 *                       reported clause (indirect: without "que"/"that")
 * @param kind           direct, mixed or indirect
 * @param speaker        the speaker's fullest name in the article; for an unnamed source, what the text
 *                       calls it ("un initié", "a senior official"); null when the text does not say
 * @param speakerEntity  the speaker's {@link Entity#id()}, or null (unnamed source, or no speaker)
 * @param speakerMention where the cue names the speaker ("il" of "a-t-il déclaré"), or null
 * @param cue            the attributing words as written ("a-t-il déclaré", "selon", "said"), or null
 * @param start          code point offset in the article text, or in the title when {@code inTitle}
 * @param end            exclusive end offset
 * @param inTitle        whether the quotation is in the headline
 * @param confidence     how sure the attribution is, in [0, 1]: low when the speaker comes from context
 */
public record Quote(String text, QuoteKind kind, String speaker, String speakerEntity, Mention speakerMention,
                    String cue, int start, int end, boolean inTitle, double confidence) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /**
     * This quotation attributed to another speaker, the rest unchanged: for passes that resolve a
     * speaker after the quotation was found (a role linked to a name, an unnamed source named later).
     */
    public Quote withSpeaker(String speaker, String speakerEntity, double confidence) {
        return new Quote(text, kind, speaker, speakerEntity, speakerMention, cue, start, end, inTitle, confidence);
    }
}
