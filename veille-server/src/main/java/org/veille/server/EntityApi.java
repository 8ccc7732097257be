package org.veille.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.veille.model.Analysis;
import org.veille.model.ArticleRecord;
import org.veille.model.Entity;
import org.veille.store.ArticleStore;
import org.veille.store.EntityQuotes;
import org.veille.store.Facet;
import org.veille.store.FacetCount;
import org.veille.store.Hit;
import org.veille.store.Query;
import org.veille.store.RecordType;
import org.veille.store.text.NameKey;

import io.javalin.http.Context;

/**
 * {@code GET /api/entities/{name-or-id}}: what the index knows of one person, organisation or place, by
 * name ("Pavel Slunkin", matched as the speaker filter matches: case, accents and spacing folded) or by
 * the id of one of its entity documents ({@code <record id>/e3}, which stands for its name).
 */
final class EntityApi {
    private static final Set<String> PARAMETERS = Set.of("lang", "from", "to", "outlet", "quoteKind", "limit");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}/e[0-9]{1,9}");
    /** Co-mentioned entities shown: a page shows a handful; the facet counts them all anyway, so this costs nothing more. */
    private static final int CO_MENTIONED = 10;
    /** Articles read to find the entity's type: the newest few say what it is. */
    private static final int TYPE_ARTICLES = 3;

    /**
     * An entity page.
     *
     * @param name        the name as most articles write it
     * @param type        PERSON, ORGANIZATION, LOCATION or MISC as tagged in the newest articles naming it; null when unknown
     * @param articles    how many articles name it, under the filters
     * @param quotesBy    what it says, newest first
     * @param quotesAbout what others say that names it, newest first
     * @param days        articles naming it per publication day, in day order
     * @param coMentioned the entities most often named in the same articles
     */
    record Page(String name, String type, long articles, HitPage quotesBy, HitPage quotesAbout,
                List<FacetCount> days, List<FacetCount> coMentioned) {
    }

    private final ArticleStore store;
    private final Executor lookups;

    /** @param lookups runs the page's independent queries side by side */
    EntityApi(ArticleStore store, Executor lookups) {
        this.store = store;
        this.lookups = lookups;
    }

    void entity(Context ctx) {
        String ref = ctx.pathParam("ref").strip();
        QueryParameters parameters = QueryParameters.of(ctx, PARAMETERS);
        int limit = parameters.integer("limit", Query.DEFAULT_LIMIT, 1, Query.MAX_LIMIT);
        Query base = parameters.query(0, limit);
        String name = ref.indexOf('/') >= 0 ? nameOf(ref) : ref;
        String key = NameKey.of(name);
        if (key == null || name.length() > QueryParameters.MAX_TEXT) {
            throw ApiException.badParameter("not an entity name: '" + ApiException.shorten(ref) + "'");
        }
        // Articles and entity documents carry no quotation kind: that filter is for the quotation lists only.
        Query naming = base.quoteKind(null).about(name);
        // Five independent lookups (six queries: the quotation lists are two): side by side, the page takes
        // as long as the slowest of them rather than their sum (on two idle cores, about half).
        CompletableFuture<Long> articles = lookup(() -> store.count(naming.type(RecordType.ARTICLE)));
        CompletableFuture<EntityQuotes> quotes = lookup(() -> store.quotes(name, base));
        // The entity itself is among the counts, under each spelling the articles use ("Bélarus", "Belarus"):
        // a few more values than shown leave room to drop them.
        CompletableFuture<List<FacetCount>> entities = lookup(() -> store.top(Facet.ENTITIES, naming, CO_MENTIONED + 3));
        CompletableFuture<List<FacetCount>> days = lookup(() -> SearchApi.perDay(store, naming));
        CompletableFuture<String> type = lookup(() -> type(naming, key));
        try {
            long namingArticles = result(articles);
            EntityQuotes said = result(quotes);
            if (namingArticles == 0 && said.by().total() == 0) {
                throw ApiException.notFound("no entity named '" + ApiException.shorten(name) + "' in the index"
                        + (ctx.queryParamMap().isEmpty() ? "" : " under these filters"));
            }
            List<FacetCount> named = result(entities);
            String shown = named.stream().map(FacetCount::value).filter(v -> key.equals(NameKey.of(v))).findFirst().orElse(name);
            List<FacetCount> coMentioned = named.stream().filter(c -> !key.equals(NameKey.of(c.value()))).limit(CO_MENTIONED).toList();
            ctx.json(new Page(shown, result(type), namingArticles, HitPage.of(said.by(), 0, limit),
                    HitPage.of(said.about(), 0, limit), result(days), coMentioned));
        } finally {
            // A page that failed early leaves no work running for nobody.
            for (CompletableFuture<?> pending : List.of(articles, quotes, entities, days, type)) {
                pending.cancel(false);
            }
        }
    }

    private <T> CompletableFuture<T> lookup(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, lookups);
    }

    /** A lookup's value, its failure rethrown as the request's own (an index error stays an index error). */
    private static <T> T result(CompletableFuture<T> lookup) {
        try {
            return lookup.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The name an entity id stands for. */
    private String nameOf(String id) {
        if (!ENTITY_ID.matcher(id).matches()) {
            throw ApiException.badParameter("not an entity id: '" + ApiException.shorten(id) + "' (expected <article id>/e<n>)");
        }
        List<Hit> hits = store.search(Query.all().entityId(id).type(RecordType.ENTITY).includeCopies(true).page(0, 1)).hits();
        if (hits.isEmpty()) {
            throw ApiException.notFound("no entity with id '" + id + "'");
        }
        return hits.get(0).text();
    }

    /**
     * The type the newest articles naming the entity give it. Their records are read (a few), rather
     * than the newest of the entity documents under the filter: those are sorted by date across every
     * article that names the entity, hundreds of thousands of documents for a well-known one.
     */
    private String type(Query naming, String key) {
        for (Hit article : store.search(naming.type(RecordType.ARTICLE).page(0, TYPE_ARTICLES)).hits()) {
            Analysis analysis = store.article(article.id()).map(ArticleRecord::analysis).orElse(null);
            if (analysis == null) {
                continue;
            }
            for (Entity entity : analysis.entities()) {
                if (NameKey.writtenKeys(entity).contains(key)) {
                    return entity.type().name();
                }
            }
        }
        return null;
    }
}
