package org.veille.eval.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One annotated quotation.
 *
 * @param kind       "direct", "mixed" or "indirect" (null when the set does not say)
 * @param text       the quoted span, {@code text} of its article from {@code start} to {@code end}
 * @param start      code point offset in the article's gold text
 * @param end        exclusive end offset
 * @param speaker    the speaker's fullest name; a description for unnamed sources ("un initié");
 *                   null when the article never says who speaks
 * @param coSpeakers joint sources speaking with the speaker
 * @param aliases    other names and descriptions of the speaker in the article (no pronouns)
 * @param anonymous  whether the speaker is an unnamed source, kept as the text describes it
 * @param resolution how the annotator found the speaker: "named", "pronoun", "nominal", "context",
 *                   "none", or null when the set does not say
 * @param cue        the speech verb or marker as written, or null
 * @param source     where the text names the speaker in this attribution (PolNeAR's Source span), or null
 */
public record GoldQuote(String kind, String text, int start, int end, String speaker, List<String> coSpeakers,
                        List<String> aliases,
                        boolean anonymous, String resolution, String cue, Span source) {
    public GoldQuote {
        Objects.requireNonNull(text, "text");
        coSpeakers = List.copyOf(coSpeakers);
        aliases = List.copyOf(aliases);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    /** Whether the cue's subject is a pronoun ("il a déclaré", "a-t-elle ajouté", "he said"). */
    public boolean pronounCue() {
        return "pronoun".equals(resolution);
    }
}
