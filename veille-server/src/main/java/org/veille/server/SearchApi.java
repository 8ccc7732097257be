package org.veille.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.veille.store.ArticleStore;
import org.veille.store.Facet;
import org.veille.store.FacetCount;
import org.veille.store.Query;

import io.javalin.http.Context;

/** {@code GET /api/search} and {@code GET /api/facets/{facet}}: the store's search and counts under the same filters. */
final class SearchApi {
    private static final Set<String> SEARCH_PARAMETERS = with(QueryParameters.FILTERS, "offset", "limit");
    private static final Set<String> FACET_PARAMETERS = with(QueryParameters.FILTERS, "limit");

    /** The counts of one facet: {@code value} is a name or host, or an ISO day for {@code days}. */
    record Counts(String facet, List<FacetCount> counts) {
    }

    private final ArticleStore store;

    SearchApi(ArticleStore store) {
        this.store = store;
    }

    void search(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx, SEARCH_PARAMETERS);
        int offset = parameters.integer("offset", 0, 0, Query.MAX_OFFSET);
        int limit = parameters.integer("limit", Query.DEFAULT_LIMIT, 1, Query.MAX_LIMIT);
        ctx.json(HitPage.of(store.search(parameters.query(offset, limit)), offset, limit));
    }

    void facet(Context ctx) {
        String facet = ctx.pathParam("facet");
        QueryParameters parameters = QueryParameters.of(ctx, FACET_PARAMETERS);
        int limit = parameters.integer("limit", Query.DEFAULT_LIMIT, 1, Query.MAX_LIMIT);
        Query query = parameters.query(0, Query.DEFAULT_LIMIT);
        List<FacetCount> counts = switch (facet) {
            case "speakers" -> store.top(Facet.SPEAKERS, query, limit);
            case "entities" -> store.top(Facet.ENTITIES, query, limit);
            case "outlets" -> store.top(Facet.OUTLETS, query, limit);
            // A histogram with bars missing would mislead: days ignores limit and gives every day.
            case "days" -> perDay(store, query);
            default -> throw ApiException.notFound("no facet '" + ApiException.shorten(facet) + "': expected speakers, entities, outlets or days");
        };
        ctx.json(new Counts(facet, counts));
    }

    /** The day histogram as facet counts, each day's value its ISO date. */
    static List<FacetCount> perDay(ArticleStore store, Query query) {
        return store.days(query).stream().map(d -> new FacetCount(d.day().toString(), d.count())).toList();
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
