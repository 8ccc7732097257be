package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds author names: JSON-LD persons first, then author meta tags, then byline markup, then a
 * byline in plain text ({@link PlainBylines}); a declared desk or organisation only when no person is
 * named. Everything that is not a name is stripped by {@link BylineNames} ("By", dates, "Email the
 * author", roles, site names).
 */
public final class AuthorFinder {
    private static final int MAX_AUTHORS = 8;
    private static final int MAX_BYLINE_CHARS = 120;
    private static final Set<String> WRITTEN_BY = Set.of("written by", "verfasst von", "geschrieben von",
            "écrit par", "escrito por", "scritto da", "geschreven door");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    private final BylineNames bylines = new BylineNames();
    private final PlainBylines plainBylines = new PlainBylines(bylines);

    /**
     * The authors, most trusted source first. Person names come from JSON-LD, author meta tags,
     * byline markup and then a byline in plain text; only when none names a person does a declared
     * desk, organisation or site name count ("Redaktion", a JSON-LD Organization), since that is then
     * what the page itself gives as its author.
     *
     * @param nodes          all JSON-LD nodes of the page, where an author given by {@code @id} is looked up
     * @param bylineElements the page's byline elements ({@link BylineMarkup}, in document order), gathered by
     *                       the walk that reads the rest of the metadata
     */
    List<String> find(Document document, MetaTags meta, JsonNode article, List<JsonNode> nodes,
                      List<Element> bylineElements, String siteName) {
        Set<String> names = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        if (article != null) {
            Map<String, JsonNode> byId = byId(nodes);
            fromJsonLd(article.get("author"), names, labels, byId, siteName, 0);
            if (names.isEmpty()) {
                fromJsonLd(article.get("creator"), names, labels, byId, siteName, 0);
            }
        }
        if (names.isEmpty()) {
            for (String key : List.of("author", "article:author", "article:author_name", "parsely-author",
                    "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "byl",
                    "og:article:author", "twitter:data1")) {
                for (String value : meta.all(key)) {
                    if (key.equals("twitter:data1") && !isWrittenBy(meta.first("twitter:label1"))) {
                        continue;
                    }
                    List<String> found = bylines.names(value, siteName, true);
                    names.addAll(found);
                    // A bare author meta tag is where CMSs put the company or site name by default;
                    // "Written by" in the Twitter card is the byline the page shows.
                    if (found.isEmpty() && key.equals("twitter:data1")) {
                        addLabel(labels, bylines.label(value));
                    }
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty() && document.body() != null) {
            fromMarkup(bylineElements, names, siteName);
            if (names.isEmpty()) {
                names.addAll(plainBylines.find(document.body(), siteName));
            }
        }
        if (names.isEmpty() && !labels.isEmpty()) {
            names.add(labels.get(0));
        }
        List<String> result = new ArrayList<>(names);
        return result.size() > MAX_AUTHORS ? result.subList(0, MAX_AUTHORS) : result;
    }

    private void fromJsonLd(JsonNode author, Set<String> names, List<String> labels, Map<String, JsonNode> byId,
                            String siteName, int depth) {
        if (author == null || author.isNull() || depth > 3) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> fromJsonLd(a, names, labels, byId, siteName, depth + 1));
            return;
        }
        if (author.isObject()) {
            JsonNode node = author;
            // WordPress SEO plugins give the author as {"@id": ...} and describe the person elsewhere
            // in the graph.
            if (!node.has("name") && node.has("@id")) {
                JsonNode described = byId.get(node.get("@id").asText());
                if (described == null || described == node) {
                    return;
                }
                node = described;
            }
            String name = personName(node);
            if (name == null) {
                return;
            }
            List<String> types = JsonLdReader.types(node);
            if (types.contains("organization") || types.contains("newsmediaorganization")) {
                addLabel(labels, bylines.label(name));
                return;
            }
            List<String> found = bylines.names(name, siteName, true);
            names.addAll(found);
            if (found.isEmpty()) {
                addLabel(labels, bylines.label(name));
            }
            return;
        }
        List<String> found = bylines.names(author.asText(), siteName, true);
        names.addAll(found);
        if (found.isEmpty()) {
            addLabel(labels, bylines.label(author.asText()));
        }
    }

    /** The Twitter card label saying its value is the author ("Written by", "Verfasst von"...). */
    private static boolean isWrittenBy(String label) {
        return label != null && WRITTEN_BY.contains(label.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** A person's {@code name}, or {@code givenName} and {@code familyName} put together. */
    private static String personName(JsonNode person) {
        String name = JsonLdReader.textOf(person.get("name"));
        if (name != null) {
            return name;
        }
        String given = JsonLdReader.textOf(person.get("givenName"));
        String family = JsonLdReader.textOf(person.get("familyName"));
        return given != null && family != null ? given + " " + family : null;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            JsonNode id = node.get("@id");
            if (id != null && id.isTextual() && (node.has("name") || node.has("givenName"))) {
                byId.putIfAbsent(id.asText(), node);
            }
        }
        return byId;
    }

    private static void addLabel(List<String> labels, String label) {
        if (label != null && !labels.contains(label)) {
            labels.add(label);
        }
    }

    /**
     * Names from the first byline element that holds any, plus its siblings (a byline of several
     * author links). Later author elements elsewhere on the page are comments, replies or teasers of
     * other stories: on a forum thread they name the repliers, not the author of the post.
     */
    private void fromMarkup(List<Element> candidates, Set<String> names, String siteName) {
        Element first = null;
        for (Element candidate : candidates) {
            if (first != null && candidate.parent() != first.parent()) {
                continue;
            }
            String text = bylineText(candidate);
            if (text.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            List<String> found = bylines.names(text, siteName, true);
            if (!found.isEmpty()) {
                names.addAll(found);
                if (first == null) {
                    first = candidate;
                }
            }
        }
    }

    /** The text of an author element, or of its {@code itemprop=name} part when it marks one. */
    private static String bylineText(Element candidate) {
        Element named = candidate.selectFirst(ITEMPROP_NAME);
        if (named == null) {
            return candidate.text();
        }
        return named.hasAttr("content") ? named.attr("content") : named.text();
    }

    /** The person names in a byline such as "Par Jean Dupont et Marie Curie, envoyée spéciale". */
    public List<String> namesIn(String byline, String siteName) {
        return new ArrayList<>(new LinkedHashSet<>(bylines.names(byline, siteName, false)));
    }
}
