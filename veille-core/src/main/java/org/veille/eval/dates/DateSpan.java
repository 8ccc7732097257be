package org.veille.eval.dates;

/**
 * One date expression as a tagger gives it: char offsets in the text (end exclusive), the words, and the
 * normalised value ({@link DateValue#normalise}), null when the tagger gave none or none comparable.
 */
public record DateSpan(int start, int end, String text, String value) {
    public DateSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    /** Characters shared with {@code other}, 0 when the two do not overlap. */
    public int overlap(DateSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
