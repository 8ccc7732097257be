package org.veille.analyse.quotes;

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
}
