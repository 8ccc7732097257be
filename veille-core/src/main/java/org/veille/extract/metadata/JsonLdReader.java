package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads schema.org JSON-LD blocks and picks the node that describes the page's article.
 *
 * <p>Real pages ship broken JSON-LD (raw newlines inside strings, trailing commas, comments), so the
 * parser is lenient; a block that still fails to parse is skipped, never fatal.
 */
public final class JsonLdReader {

    /** schema.org types that describe a written piece; the first match in this order wins ties. */
    private static final List<String> ARTICLE_TYPES = List.of(
            "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "article", "blogposting",
            "scholarlyarticle", "techarticle", "report", "socialmediaposting", "discussionforumposting",
            "medicalwebpage", "creativework");

    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "faqpage",
            "qapage", "profilepage", "collectionpage", "searchresultspage", "checkoutpage", "contactpage");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    /** All JSON-LD nodes of the page, with {@code @graph} and arrays flattened, in document order. */
    public List<JsonNode> nodes(Document document) {
        return nodes(document.select("script[type~=(?i)application/ld\\+json]"));
    }

    /** The nodes of these JSON-LD {@code <script>} elements, flattened as {@link #nodes(Document)} does. */
    List<JsonNode> nodes(List<Element> scripts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : scripts) {
            String json = script.data().trim();
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(mapper.readTree(stripCdata(json)), nodes, 0);
            } catch (Exception malformed) {
                // Broken markup is the norm on the web; one bad block must not hide the others.
            }
        }
        return nodes;
    }

    /** The node describing the article, or null: article types first, then a page with main-entity data. */
    public JsonNode article(List<JsonNode> nodes) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode node : nodes) {
            int rank = typeRank(node);
            if (rank < bestRank || (rank == bestRank && best != null && richness(node) > richness(best))) {
                best = node;
                bestRank = rank;
            }
        }
        return best;
    }

    /** The schema.org types of a node, lower-cased, without a namespace prefix. */
    public static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(simpleType(t.asText())));
        } else {
            types.add(simpleType(type.asText()));
        }
        return types;
    }

    /** Whether a node describes a page that is not an article (a listing, a product, a forum thread...). */
    public static boolean hasType(JsonNode node, String type) {
        return types(node).contains(type.toLowerCase(Locale.ROOT));
    }

    private static String simpleType(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static int typeRank(JsonNode node) {
        List<String> types = types(node);
        int rank = Integer.MAX_VALUE;
        for (String type : types) {
            int index = ARTICLE_TYPES.indexOf(type);
            if (index >= 0) {
                rank = Math.min(rank, index);
            } else if (PAGE_TYPES.contains(type) && (node.has("headline") || node.has("datePublished"))) {
                rank = Math.min(rank, ARTICLE_TYPES.size());
            }
        }
        return rank;
    }

    private static int richness(JsonNode node) {
        int score = 0;
        for (String field : List.of("headline", "author", "datePublished", "articleBody", "articleSection")) {
            if (node.hasNonNull(field)) {
                score++;
            }
        }
        return score;
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            flatten(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject() && main.has("@type")) {
                flatten(main, out, depth + 1);
            }
        }
    }

    private static String stripCdata(String json) {
        String trimmed = json;
        if (trimmed.startsWith("<!--")) {
            trimmed = trimmed.substring(4);
        }
        if (trimmed.endsWith("-->")) {
            trimmed = trimmed.substring(0, trimmed.length() - 3);
        }
        trimmed = trimmed.replace("//<![CDATA[", "").replace("//]]>", "")
                .replace("<![CDATA[", "").replace("]]>", "");
        return trimmed.trim();
    }

    /** A text field of a node: a string, or the {@code name} of an object, or the first of an array. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        return textOf(node.get(field));
    }

    static String textOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isNumber()) {
            String text = value.asText().trim();
            return text.isEmpty() ? null : text;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                String text = textOf(item);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        if (value.isObject()) {
            String name = textOf(value.get("name"));
            return name != null ? name : textOf(value.get("@value"));
        }
        return null;
    }
}
