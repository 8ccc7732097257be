package org.veille.analyse.attribution;

/**
 * An attribution read off the tagger's tags, in char offsets of the tagged text.
 *
 * @param content what is attributed: from its first word to its last, across a cue that interrupts it
 * @param cue     the attributing words ("said", "according to"), or null when the tags give none near
 *                the content (a quotation that carries on an earlier one)
 * @param source  who the cue names ("Mr. Trump", "he", "officials"), or null
 */
public record TaggedAttribution(Piece content, Piece cue, Piece source) {

    /** A stretch of text: [start, end) in chars. */
    public record Piece(int start, int end) {
        public Piece {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad piece [" + start + ", " + end + ")");
            }
        }
    }
}
