package org.veille.eval.quotes;

/**
 * A predicted quotation as the scorer sees it: a span of the gold text (after {@link TextAlignment})
 * and the speaker named for it.
 *
 * @param start   code point offset in the gold text
 * @param end     exclusive end
 * @param speaker the predicted speaker's name or description, or null for none
 * @param speakerMention where the text names the speaker for this quote (mapped onto the gold text), or null
 */
public record ScoredQuote(int start, int end, String speaker, Span speakerMention) {
    public ScoredQuote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public ScoredQuote(int start, int end, String speaker) {
        this(start, end, speaker, null);
    }

    public Span span() {
        return new Span(start, end);
    }
}
