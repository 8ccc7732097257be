package org.veille.ingest.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import org.veille.model.ErrorKind;
import org.veille.model.FeedItem;
import org.veille.pipeline.Outcome;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org): {@code items[]} with {@code url} (else
 * {@code external_url}), {@code id}, {@code title}, {@code date_published} (else
 * {@code date_modified}), and {@code authors} (1.1) or {@code author} (1.0), an item without its own
 * inheriting the feed's, as the specification says.
 */
final class JsonFeedParser {
    private final ObjectMapper mapper = new ObjectMapper();

    Outcome<Feed> parse(String url, String baseUrl, byte[] bytes) {
        return parse(url, baseUrl, ByteBuffer.wrap(bytes));
    }

    /** Parses the buffer where it lies: a fetched feed is not copied first. */
    Outcome<Feed> parse(String url, String baseUrl, ByteBuffer bytes) {
        JsonNode root;
        try {
            root = mapper.readTree(new ByteBufferBackedInputStream(bytes.duplicate()));
        } catch (JacksonException e) {
            return Outcome.failed(ErrorKind.MALFORMED_FEED, "cannot read the JSON feed at " + url + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return Outcome.failed(ErrorKind.MALFORMED_FEED, "cannot read the JSON feed at " + url + ": " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").contains("jsonfeed.org/version/1")) {
            return Outcome.failed(ErrorKind.MALFORMED_FEED, url + " is not a JSON Feed 1.x: no jsonfeed.org version");
        }
        if (!root.path("items").isArray()) {
            return Outcome.failed(ErrorKind.MALFORMED_FEED, "the JSON feed at " + url + " has no items array");
        }
        List<String> feedAuthors = names(root);
        Map<String, FeedItem> items = new LinkedHashMap<>();
        int withoutLink = 0;
        int repeated = 0;
        for (JsonNode item : root.path("items")) {
            String link = ItemFields.link(text(item, "url") != null ? text(item, "url") : text(item, "external_url"), baseUrl);
            if (link == null) {
                withoutLink++;
                continue;
            }
            List<String> authors = names(item);
            String published = ItemFields.rfc3339(text(item, "date_published"));
            FeedItem parsed = new FeedItem(url, link, text(item, "id"), ItemFields.text(text(item, "title")),
                    ItemFields.authors(authors.isEmpty() ? feedAuthors : authors),
                    published != null ? published : ItemFields.rfc3339(text(item, "date_modified")));
            if (items.putIfAbsent(link, parsed) != null) {
                repeated++;
            }
        }
        return Outcome.ok(new Feed(url, FeedFormat.JSON_FEED, new ArrayList<>(items.values()), withoutLink, repeated));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode author : node.path("authors")) {
            if (text(author, "name") != null) {
                names.add(text(author, "name"));
            }
        }
        if (names.isEmpty() && text(node.path("author"), "name") != null) {
            names.add(text(node.path("author"), "name"));
        }
        return names;
    }

    /** A string or number member as text (ids may be numbers), else null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : null;
    }
}
