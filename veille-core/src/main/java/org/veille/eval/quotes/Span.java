package org.veille.eval.quotes;

/** A stretch of an article's text: code point offsets, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** |this ∩ other| / |this|; an empty span is covered by any span around its position. */
    public double coveredBy(Span other) {
        int length = end - start;
        if (length == 0) {
            return other.start <= start && start <= other.end ? 1 : 0;
        }
        int common = Math.min(end, other.end) - Math.max(start, other.start);
        return Math.max(0, common) / (double) length;
    }
}
