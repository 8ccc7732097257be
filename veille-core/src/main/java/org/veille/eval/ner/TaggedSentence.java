package org.veille.eval.ner;

import java.util.List;

/**
 * One sentence of a named-entity gold set: its tokens and their IOB2 tags ("B-PER", "I-PER", "O").
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {
    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }

    /** The sentence as running text: tokens joined by one space. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** The entities the tags mark, as token spans. */
    public List<EntitySpan> entities() {
        return EntitySpan.fromIob2(tags);
    }
}
