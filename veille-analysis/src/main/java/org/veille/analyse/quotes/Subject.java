package org.veille.analyse.quotes;

import org.veille.analyse.entities.FoundMention;

/**
 * Who a cue names as speaking, as the text puts it: a name, a pronoun or a description.
 *
 * @param kind  how the speaker is given
 * @param text  the words ("Pavel Slunkin", "il", "un initié")
 * @param start char offset in the analysed text
 * @param end   exclusive char offset
 */
public record Subject(Kind kind, String text, int start, int end) {
    public enum Kind { NAMED, PRONOUN, NOMINAL }

    /** The subject an entity mention gives. */
    static Subject named(FoundMention mention) {
        return new Subject(Kind.NAMED, mention.text(), mention.start(), mention.end());
    }
}
