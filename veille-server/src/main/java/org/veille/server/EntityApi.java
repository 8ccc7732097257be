package org.veille.server;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** Entity documents read to find the entity's type; the newest articles are enough to say what it is. */
    private static final int TYPE_SAMPLE = 100;

    /**
     * An entity page.
     *
     * @param name        the name as most articles write it
     * @param type        PERSON, ORGANIZATION, LOCATION or MISC as tagged in the newest articles; null when unknown
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

    EntityApi(ArticleStore store) {
        this.store = store;
    }

    void entity(Context ctx) {
        String ref = ctx.pathParam("ref").strip();
        QueryParameters parameters = new QueryParameters(ctx.queryParamMap(), PARAMETERS);
        int limit = parameters.integer("limit", Query.DEFAULT_LIMIT, 1, Query.MAX_LIMIT);
        Query base = parameters.query(0, limit);
        String name = ref.indexOf('/') >= 0 ? nameOf(ref) : ref;
        String key = NameKey.of(name);
        if (key == null || name.length() > QueryParameters.MAX_TEXT) {
            throw ApiException.badParameter("not an entity name: '" + ApiException.shorten(ref) + "'");
        }
        // Articles and entity documents carry no quotation kind: that filter is for the quotation lists only.
        Query naming = base.quoteKind(null).about(name);
        long articles = store.count(naming.type(RecordType.ARTICLE));
        EntityQuotes quotes = store.quotes(name, base);
        if (articles == 0 && quotes.by().total() == 0) {
            throw ApiException.notFound("no entity named '" + ApiException.shorten(name) + "' in the index"
                    + (ctx.queryParamMap().isEmpty() ? "" : " under these filters"));
        }
        // The entity itself is among the counts, under each spelling the articles use ("Bélarus", "Belarus"):
        // a few more values than shown leave room to drop them.
        List<FacetCount> entities = store.top(Facet.ENTITIES, naming, CO_MENTIONED + 3);
        String shown = entities.stream().map(FacetCount::value).filter(v -> key.equals(NameKey.of(v))).findFirst().orElse(name);
        List<FacetCount> coMentioned = entities.stream().filter(c -> !key.equals(NameKey.of(c.value())))
                .limit(CO_MENTIONED).toList();
        List<FacetCount> days = SearchApi.perDay(store, naming);
        ctx.json(new Page(shown, type(naming, key), articles, HitPage.of(quotes.by(), 0, limit),
                HitPage.of(quotes.about(), 0, limit), days, coMentioned));
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

    private String type(Query naming, String key) {
        return store.search(naming.type(RecordType.ENTITY).page(0, TYPE_SAMPLE)).hits().stream()
                .filter(h -> h.entityType() != null && key.equals(NameKey.of(h.text())))
                .map(h -> h.entityType().name()).findFirst().orElse(null);
    }
}
