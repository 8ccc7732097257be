package org.veille.eval.quotes;

/** A count of hits among a total, shown as a share; 0 of 0 has no value rather than a made-up one. */
public record Ratio(int hits, int total) {
    public Ratio {
        if (hits < 0 || total < hits) {
            throw new IllegalArgumentException(hits + " of " + total);
        }
    }

    /** hits / total, or NaN when there is nothing to count. */
    public double value() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** "0.723 (106/149)", or "n/a" for 0 of 0. */
    public String format() {
        return total == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", value(), hits, total);
    }

    Ratio plus(boolean hit) {
        return new Ratio(hits + (hit ? 1 : 0), total + 1);
    }
}
