package org.veille.server;

import java.util.regex.Pattern;

import org.veille.output.ArticleJson;
import org.veille.store.ArticleStore;

import io.javalin.http.ContentType;
import io.javalin.http.Context;

/** {@code GET /api/articles/{id}}: the stored record, exactly as {@code veille analyze} wrote it ({@code veille.article/4}). */
final class ArticleApi {
    /**
     * Record ids are hex digests (letters and digits in test fixtures). Anything else, such as
     * {@code ../../etc/passwd}, is refused before the store is asked: ids are index terms, never paths, but
     * a clear 400 beats a silent miss.
     */
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final ArticleStore store;
    private final ArticleJson json = new ArticleJson();

    ArticleApi(ArticleStore store) {
        this.store = store;
    }

    void article(Context ctx) {
        QueryParameters.refuseAny(ctx);
        String id = ctx.pathParam("id");
        if (!RECORD_ID.matcher(id).matches()) {
            throw ApiException.badParameter("not an article id: '" + ApiException.shorten(id) + "' (ids are letters and digits)");
        }
        String record = store.article(id).map(json::toJson)
                .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
        ctx.contentType(ContentType.APPLICATION_JSON).result(record);
    }
}
