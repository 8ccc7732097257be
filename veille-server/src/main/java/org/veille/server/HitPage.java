package org.veille.server;

import java.util.List;

import org.veille.store.HitView;
import org.veille.store.SearchResults;

/** One page of hits as the API writes it: how many match in all, and the page asked for. */
record HitPage(long total, int offset, int limit, List<HitView> hits) {
    static HitPage of(SearchResults results, int offset, int limit) {
        return new HitPage(results.total(), offset, limit, results.hits().stream().map(HitView::of).toList());
    }
}
