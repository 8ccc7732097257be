package org.veille.eval;

import java.util.Locale;

/**
 * A published score of another extractor, as the README table gives it.
 *
 * @param extractor the extractor's name in the README
 * @param benchmark the table column
 * @param published the cell as written ("0.958", "0.66-0.68", "~0.69")
 * @param low       lowest value the cell allows
 * @param high      highest value the cell allows (equal to low for a single number)
 */
public record PeerScore(String extractor, Benchmark benchmark, String published, double low, double high) {

    static PeerScore exact(String extractor, Benchmark benchmark, double value) {
        return new PeerScore(extractor, benchmark, String.format(Locale.ROOT, "%.3f", value), value, value);
    }
}
