package org.veille.store;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total how many documents match in all (exact)
 * @param hits  the page asked for, in rank order
 */
public record SearchResults(long total, List<Hit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
