package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds author names: JSON-LD persons first, then author meta tags, then byline markup. Everything
 * that is not a name is stripped by {@link BylineNames} ("By", dates, "Email the author", roles,
 * site names).
 */
public final class AuthorFinder {
    private static final int MAX_AUTHORS = 8;
    private static final int MAX_BYLINE_CHARS = 120;
    private static final String BYLINE_MARKUP = "[itemprop=author], [rel=author], a[href*=/author/], a[href*=/authors/], "
            + "[class~=(?i)(^|[-_ ])(byline|author|author-name|authors|by-author|contributor|auteurs?|autor|autoren|verfasser|writer)([-_ ]|$)]";

    private final BylineNames bylines = new BylineNames();

    List<String> find(Document document, MetaTags meta, JsonNode article, String siteName) {
        Set<String> names = new LinkedHashSet<>();
        if (article != null) {
            fromJsonLd(article.get("author"), names, siteName);
            if (names.isEmpty()) {
                fromJsonLd(article.get("creator"), names, siteName);
            }
        }
        if (names.isEmpty()) {
            for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "dcterms.creator", "citation_author", "byl", "og:article:author", "twitter:data1")) {
                for (String value : meta.all(key)) {
                    if (key.equals("twitter:data1") && !"written by".equalsIgnoreCase(meta.first("twitter:label1"))) {
                        continue;
                    }
                    names.addAll(bylines.names(value, siteName, true));
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty() && document.body() != null) {
            fromMarkup(document.body(), names, siteName);
        }
        List<String> result = new ArrayList<>(names);
        return result.size() > MAX_AUTHORS ? result.subList(0, MAX_AUTHORS) : result;
    }

    private void fromJsonLd(JsonNode author, Set<String> names, String siteName) {
        if (author == null || author.isNull()) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> fromJsonLd(a, names, siteName));
            return;
        }
        if (author.isObject()) {
            List<String> types = JsonLdReader.types(author);
            if (types.contains("organization") || types.contains("newsmediaorganization")) {
                return;
            }
            String name = JsonLdReader.textOf(author.get("name"));
            if (name != null) {
                names.addAll(bylines.names(name, siteName, true));
            }
            return;
        }
        names.addAll(bylines.names(author.asText(), siteName, true));
    }

    /**
     * Names from the first byline element that holds any, plus its siblings (a byline of several
     * author links). Later author elements elsewhere on the page are comments, replies or teasers of
     * other stories: on a forum thread they name the repliers, not the author of the post.
     */
    private void fromMarkup(Element body, Set<String> names, String siteName) {
        Elements candidates = body.select(BYLINE_MARKUP);
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
        Element named = candidate.selectFirst("[itemprop=name]");
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
