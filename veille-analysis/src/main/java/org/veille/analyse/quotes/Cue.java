package org.veille.analyse.quotes;

/**
 * The words that attribute a quotation ("a-t-il déclaré", "selon", "said"), and the subject they give.
 *
 * @param text    the cue as written
 * @param start   char offset of its first word
 * @param end     exclusive char offset of its last word
 * @param subject who speaks, or null when the cue does not say (a participle: "estimant que")
 */
public record Cue(String text, int start, int end, Subject subject) {
}
