package org.veille.extract.metadata;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.veille.extract.Whitespace;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a page's metadata from every signal it offers: JSON-LD, OpenGraph and other meta tags, link
 * relations and visible markup. Each field has its own finder and its own order of trust.
 * Thread-safe: one reader serves every document of a run.
 */
public final class MetadataReader {
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final TitleFinder titles = new TitleFinder();
    private final AuthorFinder authors = new AuthorFinder();
    private final DateFinder dates;

    public MetadataReader(DateParser dateParser) {
        this.dates = new DateFinder(dateParser);
    }

    public MetadataReader() {
        this(new DateParser());
    }

    /** Reads the metadata of a parsed page; {@code url} is where it was found, used as a hint only. */
    public PageMetadata read(Document document, String url) {
        PageElements elements = PageElements.of(document);
        MetaTags meta = MetaTags.of(elements.metas());
        List<JsonNode> nodes = jsonLd.nodes(elements.jsonLdScripts());
        JsonNode article = jsonLd.article(nodes);
        String language = language(document, meta);
        String site = site(meta, article, nodes);
        String canonical = canonical(elements, meta);
        String title = titles.find(document, elements.h1s(), meta, JsonLdReader.text(article, "headline"), site,
                host(canonical != null ? canonical : url));
        String published = dates.find(document, meta, article, canonical != null ? canonical : url, title,
                monthFirst(language));
        return new PageMetadata(title, authors.find(document, meta, article, nodes, elements.bylines(), site), published,
                section(meta, article, nodes), site, canonical, declaredType(meta, article, nodes),
                JsonLdReader.text(article, "articleBody"), language);
    }

    private static String language(Document document, MetaTags meta) {
        Element html = document.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = meta.first("content-language", "og:locale", "language", "dc.language");
        }
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return lang.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static boolean monthFirst(String language) {
        return language != null && (language.equals("en") || language.equals("en-us"));
    }

    private static String site(MetaTags meta, JsonNode article, List<JsonNode> nodes) {
        String site = meta.first("og:site_name", "application-name", "al:ios:app_name", "apple-mobile-web-app-title");
        if (site == null && article != null) {
            site = JsonLdReader.text(article, "publisher");
        }
        if (site == null) {
            for (JsonNode node : nodes) {
                if (JsonLdReader.hasType(node, "website") || JsonLdReader.hasType(node, "newsmediaorganization")) {
                    site = JsonLdReader.text(node, "name");
                    if (site != null) {
                        break;
                    }
                }
            }
        }
        return site == null ? null : blankToNull(Whitespace.normalize(site));
    }

    private static String section(MetaTags meta, JsonNode article, List<JsonNode> nodes) {
        String section = JsonLdReader.text(article, "articleSection");
        if (section == null) {
            section = meta.first("article:section", "og:article:section", "parsely-section", "section",
                    "sailthru.section", "category", "dc.subject");
        }
        if (section == null) {
            section = breadcrumbSection(nodes);
        }
        return section == null ? null : blankToNull(Whitespace.normalize(section));
    }

    /** The last breadcrumb before the page itself, from a JSON-LD {@code BreadcrumbList}. */
    private static String breadcrumbSection(List<JsonNode> nodes) {
        for (JsonNode node : nodes) {
            if (!JsonLdReader.hasType(node, "breadcrumblist")) {
                continue;
            }
            JsonNode items = node.get("itemListElement");
            if (items == null || !items.isArray() || items.size() < 3) {
                continue;
            }
            JsonNode item = items.get(items.size() - 2);
            String name = JsonLdReader.text(item, "name");
            if (name == null && item.has("item")) {
                name = JsonLdReader.text(item.get("item"), "name");
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String declaredType(MetaTags meta, JsonNode article, List<JsonNode> nodes) {
        if (article != null) {
            List<String> types = JsonLdReader.types(article);
            if (!types.isEmpty()) {
                return types.get(0);
            }
        }
        for (JsonNode node : nodes) {
            for (String type : JsonLdReader.types(node)) {
                if (List.of("product", "qapage", "discussionforumposting", "collectionpage", "itemlist",
                        "searchresultspage", "faqpage", "recipe", "event").contains(type)) {
                    return type;
                }
            }
        }
        String og = meta.first("og:type");
        return og == null ? null : og.toLowerCase(Locale.ROOT).trim();
    }

    private static String canonical(PageElements elements, MetaTags meta) {
        for (Element link : elements.canonicals()) {
            String href = link.absUrl("href");
            if (href.isEmpty()) {
                href = link.attr("href").trim();
            }
            if (href.startsWith("http")) {
                return href;
            }
        }
        String og = meta.first("og:url");
        return og != null && og.startsWith("http") ? og.trim() : null;
    }

    /** The host of a page address, a hint for telling the site's name in titles; null when unknown. */
    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return java.net.URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
