package org.veille.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
import org.veille.language.LanguageCodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An article given as JSON fields rather than as a page: {@code {"title": ..., "text": ..., "language": ...}}.
 * It becomes a minimal HTML page (headline, one paragraph per line of text, declared URL and date) so
 * that it runs through the very pipeline pages do, rather than a second path that could drift from it.
 *
 * @param title     the headline, or null
 * @param text      the body, paragraphs separated by line breaks; never blank
 * @param language  ISO 639-1 code the caller vouches for, or null to detect it
 * @param url       the article's address, or null
 * @param published the publication date (ISO 8601), or null; relative dates ("hier") are counted from it
 */
record PastedArticle(String title, String text, String language, String url, String published) {
    private static final Set<String> FIELDS = Set.of("title", "text", "language", "url", "published");
    private static final Pattern LINES = Pattern.compile("\\R");

    /** Reads a JSON body; anything else than an object of string fields is a 400 saying what is wrong. */
    static PastedArticle read(byte[] body, ObjectMapper mapper) {
        JsonNode json;
        try {
            // JSON is UTF-8 (RFC 8259); Jackson also detects UTF-16/32 and rejects malformed bytes.
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad-json", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(400, "bad-json", "the body cannot be read as JSON: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new ApiException(400, "bad-json", "the body must be a JSON object such as {\"title\": ..., \"text\": ...}");
        }
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new ApiException(400, "bad-json", "unknown field '" + ApiException.shorten(field.getKey())
                        + "': expected title, text, language, url, published");
            }
            if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                throw new ApiException(400, "bad-json", "field '" + field.getKey() + "' must be a string");
            }
        }
        PastedArticle article = new PastedArticle(string(json, "title"), string(json, "text"), string(json, "language"),
                string(json, "url"), string(json, "published"));
        if (article.text() == null) {
            throw new ApiException(400, "bad-json", "field 'text' is required and must not be blank");
        }
        if (article.language() != null && !LanguageCodes.isCode(article.language())) {
            throw new ApiException(400, "bad-json", "language must be a language code such as fr or en: '"
                    + ApiException.shorten(article.language()) + "'");
        }
        return article;
    }

    private static String string(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /** The page the pipeline reads, UTF-8. */
    byte[] toHtml() {
        StringBuilder html = new StringBuilder(text.length() + 512).append("<!DOCTYPE html>\n<html");
        if (language != null) {
            html.append(" lang=\"").append(language).append('"');
        }
        html.append(">\n<head>\n<meta charset=\"utf-8\">\n");
        if (title != null) {
            html.append("<title>").append(Entities.escape(title)).append("</title>\n");
        }
        if (url != null) {
            html.append("<link rel=\"canonical\" href=\"").append(Entities.escape(url)).append("\">\n");
        }
        if (published != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(Entities.escape(published)).append("\">\n");
        }
        html.append("</head>\n<body>\n<article>\n");
        if (title != null) {
            html.append("<h1>").append(Entities.escape(title)).append("</h1>\n");
        }
        for (String line : LINES.split(text)) {
            if (!line.isBlank()) {
                html.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
            }
        }
        return html.append("</article>\n</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
