package org.veille.server;

import java.util.Locale;

import org.veille.model.ArticleRecord;
import org.veille.output.ArticleJson;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.ContentType;
import io.javalin.http.Context;

/**
 * {@code POST /api/analyze}: a page (HTML or a text dump) or a JSON article in, its {@code veille.article/4}
 * record out, nothing stored. Page bodies are decoded as fetched pages are (the Content-Type charset, a
 * BOM, {@code <meta>}, then sniffing), so a Latin-1 page sent without a charset still reads right; JSON
 * bodies must be UTF-8, as JSON is.
 */
final class AnalyzeApi {
    private final PageAnalyser analyser;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final ArticleJson json = new ArticleJson();

    AnalyzeApi(PageAnalyser analyser, ObjectMapper mapper, long maxBodyBytes) {
        this.analyser = analyser;
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    void analyze(Context ctx) {
        QueryParameters.refuseAny(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            // Refused before reading: a body announced too large is not worth receiving.
            throw tooLarge(maxBodyBytes);
        }
        String contentType = ctx.header("Content-Type");
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        ArticleRecord record = switch (media) {
            case "text/html", "application/xhtml+xml", "text/plain" -> analyser.analyse(ctx.bodyAsBytes(), contentType);
            case "application/json" -> {
                PastedArticle article = PastedArticle.read(ctx.bodyAsBytes(), mapper);
                byte[] page = article.toHtml();
                String html = "text/html; charset=utf-8";
                yield article.language() == null ? analyser.analyse(page, html) : analyser.analyse(page, html, article.language());
            }
            case "" -> throw unsupported("a Content-Type is needed");
            default -> throw unsupported("cannot analyse " + ApiException.shorten(media));
        };
        if (record.isError()) {
            // The body arrived but holds no article (empty, binary...): the error record's kind says which.
            throw new ApiException(422, record.error().kind().wireName(), record.error().message());
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.toJson(record));
    }

    static ApiException tooLarge(long maxBodyBytes) {
        return new ApiException(413, "too-large", "the request body is larger than the limit of " + maxBodyBytes + " bytes");
    }

    private static ApiException unsupported(String why) {
        return new ApiException(415, "unsupported-media-type",
                why + ": send text/html, text/plain (a page) or application/json ({\"title\": ..., \"text\": ...})");
    }
}
