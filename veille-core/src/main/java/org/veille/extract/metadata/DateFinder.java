package org.veille.extract.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the publication date, most reliable signal first: JSON-LD, publication meta tags, marked-up
 * {@code <time>} elements, date-classed elements, the URL path, then dated phrases in the visible text.
 * Modification dates are only a last resort, and the crawl date is never used.
 */
final class DateFinder {
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "article:published", "article.published",
            "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
            "pubdate", "og:pubdate", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
            "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
            "citation_date", "originalpublicationdate", "article_date_original", "rnews:datepublished",
            "cxenseparse:recs:publishtime", "displaydate", "dc.date.published", "article.created", "created",
            "og:published_time", "shareaholic:article_published_time", "bt:pubdate", "date.available");
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "dateupdated", "datemodified", "last-modified",
            "dcterms.modified", "dc.date.modified", "lastmod", "revised");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0?[1-9]|1[0-2])[/_-]?(0?[1-9]|[12]\\d|3[01])(?:/|[_-]|\\.html?|$)");
    private static final Pattern URL_DATE_SEPARATED = Pattern.compile(
            "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");
    private static final String DATE_CLASSES =
            "[class~=(?i)(^|[-_ ])(date|time|published|publish|pubdate|posted|post-date|entry-date|dateline|timestamp|meta-date|article-date|story-date|date-published|byline|datetime)([-_ ]|$)]";
    private static final Pattern PUBLISHED_PHRASE = Pattern.compile(
            "(?i)(published|posted|publié|publiée|mis en ligne|veröffentlicht|publicado|pubblicato|erschienen|on)\\s*(le|am|on|el|il|:)?\\s*[:\\-]?\\s*");

    private final DateParser parser;

    DateFinder(DateParser parser) {
        this.parser = parser;
    }

    String find(Document document, MetaTags meta, JsonNode article, String url, boolean monthFirst) {
        if (article != null) {
            for (String field : List.of("datePublished", "dateCreated", "uploadDate")) {
                String date = parser.parse(JsonLdReader.text(article, field), false);
                if (date != null) {
                    return date;
                }
            }
        }
        for (String key : PUBLISHED_META) {
            String date = parser.parse(meta.first(key), monthFirst);
            if (date != null) {
                return date;
            }
        }
        Element body = document.body();
        if (body != null) {
            String marked = fromMarkup(body, monthFirst);
            if (marked != null) {
                return marked;
            }
        }
        String fromUrl = fromUrl(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        if (body != null) {
            String classed = fromDateClasses(body, monthFirst);
            if (classed != null) {
                return classed;
            }
        }
        if (article != null) {
            String modified = parser.parse(JsonLdReader.text(article, "dateModified"), false);
            if (modified != null) {
                return modified;
            }
        }
        for (String key : MODIFIED_META) {
            String date = parser.parse(meta.first(key), monthFirst);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private String fromMarkup(Element body, boolean monthFirst) {
        for (Element element : body.select("[itemprop=datePublished], [itemprop=dateCreated], time[pubdate], "
                + "abbr.published, [property=datePublished], time[class~=(?i)publish|entry-date|posted]")) {
            String date = readElement(element, monthFirst);
            if (date != null) {
                return date;
            }
        }
        Element time = body.selectFirst("article time[datetime], time[datetime]");
        if (time != null) {
            return parser.parse(time.attr("datetime"), monthFirst);
        }
        return null;
    }

    private String fromDateClasses(Element body, boolean monthFirst) {
        int inspected = 0;
        for (Element element : body.select(DATE_CLASSES)) {
            String text = element.text();
            if (text.length() > 120 || ++inspected > 30) {
                continue;
            }
            String date = readElement(element, monthFirst);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private String readElement(Element element, boolean monthFirst) {
        for (String attribute : List.of("datetime", "content", "title", "data-date", "data-datetime")) {
            String date = parser.parse(element.attr(attribute), monthFirst);
            if (date != null) {
                return date;
            }
        }
        String text = element.text();
        if (text.length() <= 200) {
            Matcher phrase = PUBLISHED_PHRASE.matcher(text);
            String rest = phrase.find() ? text.substring(phrase.end()) : text;
            String date = parser.parse(rest, monthFirst);
            return date != null ? date : parser.parse(text, monthFirst);
        }
        return null;
    }

    String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE_SEPARATED.matcher(url);
        if (!m.find()) {
            m = URL_DATE.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        return parser.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)), false);
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
