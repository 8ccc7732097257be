package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the publication date, most reliable signal first: a full date in the URL path, JSON-LD and
 * publication meta tags (checked against the dates the page shows, {@link ShownDates}), date markup, a
 * date the visible text announces as published, {@code <time>} elements (the article's own first), the
 * date shown with the headline, date-classed elements, a date in the title. Modification dates come
 * after those, except when the page shows its declared revision date as its only date; then, when
 * nothing else dates the page, the first date on a line of its own, script data and the shared image's
 * path. The crawl date is never used.
 */
final class DateFinder {
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "article:published", "article.published",
            "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
            "pubdate", "og:pubdate", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
            "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
            "citation_date", "originalpublicationdate", "article_date_original", "rnews:datepublished",
            "cxenseparse:recs:publishtime", "displaydate", "dc.date.published", "article.created", "created",
            "og:published_time", "shareaholic:article_published_time", "bt:pubdate", "date.available",
            "publication_date", "date_published", "dateposted", "dc.created", "dc:created", "dc:date",
            "dc.date.publication", "article:publicationdate", "article_date", "pub_date", "publication-date",
            "date_created", "datecreated");
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "dateupdated", "datemodified", "last-modified",
            "dcterms.modified", "dc.date.modified", "lastmod", "revised");
    /** A year, month and day in a URL, with one separator throughout: "/2023/02/21/", "-2020-12-24-", "/2017/7/12/". */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([/_.-])(1[0-2]|0?[1-9])\\2(3[01]|[12]\\d|0?[1-9])(?!\\d)");
    /** The same written as one eight-digit run: "/20200413/". */
    private static final Pattern URL_DATE_COMPACT = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(1[0-2]|0[1-9])(3[01]|[12]\\d|0[1-9])(?!\\d)");
    /**
     * A day, month and year, each zero-padded, opening a path segment, as some sites name press releases:
     * "/29-10-2021", "/~02-01-2022-title". Inside a slug ("/request-after-08-02-2024") it is words of the
     * title, often a US month-first date.
     */
    private static final Pattern URL_DATE_DAY_FIRST = Pattern.compile(
            "(?<=[/~])(3[01]|[12]\\d|0[1-9])([-_.])(1[0-2]|0[1-9])\\2((?:19|20)\\d{2})(?![\\d.])");
    /** Parsed once: a query string given to {@code select} is parsed, and its regex compiled, on every call. */
    private static final Evaluator DATE_CLASSES = QueryParser.parse(
            "[class~=(?i)(^|[-_ ])(date|time|published|publish|pubdate|posted|post-date|entry-date|dateline|timestamp|meta-date|article-date|story-date|date-published|byline|datetime)([-_ ]|$)]");
    private static final Evaluator PUBLICATION_MARKUP = QueryParser.parse(
            "[itemprop=datePublished], [itemprop=dateCreated], time[pubdate], abbr.published, [property=datePublished], "
                    + "time[class~=(?i)publish|entry-date|posted]");
    private static final Pattern PUBLISHED_PHRASE = Pattern.compile(
            "(?i)(published|posted|publié|publiée|mis en ligne|veröffentlicht|publicado|pubblicato|erschienen|on)\\s*(le|am|on|el|il|:)?\\s*[:\\-]?\\s*");

    private static final int NEAR_HEADLINE_AFTER = 2000;
    private static final int NEAR_HEADLINE_BEFORE = 400;
    private static final int RIGHT_ABOVE_HEADLINE = 120;

    private final DateParser parser;
    private final VisibleDateScanner scanner;
    private final ScriptDates scriptDates;
    private final PageOffsets offsets;

    DateFinder(DateParser parser) {
        this.parser = parser;
        this.scanner = new VisibleDateScanner(parser, new DateCues());
        this.scriptDates = new ScriptDates(parser);
        this.offsets = new PageOffsets(parser);
    }

    /**
     * A publication date and the signal it came from.
     *
     * @param value  normalised date or timestamp
     * @param source which signal gave it (for diagnostics and tests)
     */
    record Found(String value, String source) {
    }

    /**
     * @param title the page's headline as found from its metadata, or null: it tells the article's
     *              {@code <h1>} from a logo's
     */
    String find(Document document, MetaTags meta, JsonNode article, String url, String title, boolean monthFirst) {
        Found found = locate(document, meta, article, url, title, monthFirst);
        return found == null ? null : found.value();
    }

    Found locate(Document document, MetaTags meta, JsonNode article, String url, String title, boolean monthFirst) {
        Element body = document.body();
        Visible visible = new Visible(scanner, body, title, monthFirst);
        // A full date in the URL path is fixed when the piece is first published, and is in the
        // newsroom's own calendar, where structured timestamps are often in UTC or rewritten on edits.
        // The declared timestamp is kept when it names the same day: it is the more precise.
        String fromUrl = fromUrl(url);
        Found declared = declared(article, meta, monthFirst);
        if (fromUrl != null) {
            return declared != null && day(declared.value()).equals(fromUrl) ? declared : new Found(fromUrl, "url");
        }
        if (declared != null) {
            Found modified = modified(article, meta, monthFirst);
            Found chosen = modified == null ? declared : ShownDates.revisionOrPublished(declared, modified, visible.get());
            return ShownDates.shownOrDeclared(chosen, visible.get(), () -> offsets.find(declaredValues(article, meta), body));
        }
        if (body != null) {
            String marked = fromMarkup(body, monthFirst);
            if (marked != null) {
                return ShownDates.shownOrMarkup(new Found(marked, "markup"), visible.get());
            }
        }
        VisibleDateScanner.Seen announced = announced(visible.get());
        if (announced != null) {
            return new Found(announced.date(), "text:published");
        }
        if (body != null) {
            String time = fromTimeElements(body, monthFirst);
            if (time != null) {
                return new Found(time, "time");
            }
        }
        VisibleDateScanner.Seen near = nearHeadline(visible.get());
        if (near != null) {
            return new Found(near.date(), "text:headline");
        }
        if (body != null) {
            String classed = fromDateClasses(body, monthFirst);
            if (classed != null) {
                return new Found(classed, "date-class");
            }
        }
        String titled = fromTitle(document, meta, monthFirst);
        if (titled != null) {
            return new Found(titled, "title");
        }
        Found modified = modified(article, meta, monthFirst);
        if (modified != null) {
            return modified;
        }
        VisibleDateScanner.Seen fallback = lastResort(visible.get());
        if (fallback != null) {
            return new Found(fallback.date(), "text:" + fallback.cue().name().toLowerCase(Locale.ROOT));
        }
        VisibleDateScanner.Seen plain = firstPlain(visible.get());
        if (plain != null) {
            return new Found(plain.date(), "text:first");
        }
        String scripted = scriptDates.find(scripts(document, visible.get()));
        if (scripted != null) {
            return new Found(scripted, "script-data");
        }
        String pictured = fromImageUrl(meta);
        return pictured == null ? null : new Found(pictured, "image-url");
    }

    /**
     * With no other signal, the first date standing on a line of its own outside furniture: on a page
     * that never labels or marks up its date, it is the one printed with the text ("27.01.2022"
     * above a press release), more often than not.
     */
    private static VisibleDateScanner.Seen firstPlain(VisibleDateScanner.Result visible) {
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            if (!seen.aside() && !seen.prose() && seen.cue() != DateCues.Cue.UPDATED) {
                return seen;
            }
        }
        return null;
    }

    /** The page's scripts other than JSON-LD: the head's (a short list), then those the text walk met. */
    private static List<Element> scripts(Document document, VisibleDateScanner.Result visible) {
        List<Element> scripts = new ArrayList<>();
        Element head = document.head();
        if (head != null) {
            for (Element script : head.getElementsByTag("script")) {
                if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    scripts.add(script);
                }
            }
        }
        scripts.addAll(visible.scripts());
        return scripts;
    }

    /**
     * A full date in the path of the page's shared image ("/2016/05/04/report.png"): sites file uploads
     * by the day they were made, which for a story's lead picture is the day it was published.
     */
    private String fromImageUrl(MetaTags meta) {
        for (String key : List.of("og:image", "twitter:image", "og:image:url", "og:image:secure_url")) {
            String date = fromUrl(meta.first(key));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The page's visible dates, read on first use: most pages are dated by their URL or their declared
     * data before the text is needed. One per call, never shared.
     */
    private static final class Visible {
        private final VisibleDateScanner scanner;
        private final Element body;
        private final String title;
        private final boolean monthFirst;
        private VisibleDateScanner.Result result;

        Visible(VisibleDateScanner scanner, Element body, String title, boolean monthFirst) {
            this.scanner = scanner;
            this.body = body;
            this.title = title;
            this.monthFirst = monthFirst;
        }

        VisibleDateScanner.Result get() {
            if (result == null) {
                result = body == null ? new VisibleDateScanner.Result(List.of(), -1) : scanner.scan(body, title, monthFirst);
            }
            return result;
        }
    }

    /** A date the title carries ("Bericht zur Coronalage vom 22.04.2020", "08.11.2021 | Fachtag"). */
    private String fromTitle(Document document, MetaTags meta, boolean monthFirst) {
        for (String title : new String[] {meta.first("og:title"), document.title()}) {
            DateParser.DateMatch match = parser.find(title, monthFirst);
            if (match != null) {
                return match.date();
            }
        }
        return null;
    }

    /**
     * When nothing better speaks: a date labelled as a revision ("last edited 2019-11-10"), else one
     * labelled as published even in furniture ("Erschienen am" in an article's footer box). An
     * unlabelled date is not enough here: on pages that are not articles it is rarely theirs.
     */
    private static VisibleDateScanner.Seen lastResort(VisibleDateScanner.Result visible) {
        VisibleDateScanner.Seen labelled = null;
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            if (seen.cue() == DateCues.Cue.UPDATED && !seen.aside()) {
                return seen;
            }
            if (labelled == null && seen.cue() == DateCues.Cue.PUBLISHED) {
                labelled = seen;
            }
        }
        return labelled;
    }

    private Found declared(JsonNode article, MetaTags meta, boolean monthFirst) {
        if (article != null) {
            for (String field : List.of("datePublished", "dateCreated", "uploadDate")) {
                String date = parser.parse(JsonLdReader.text(article, field), false);
                if (date != null) {
                    return new Found(date, "json-ld:" + field);
                }
            }
        }
        for (String key : PUBLISHED_META) {
            String date = parser.parse(meta.first(key), monthFirst);
            if (date != null) {
                return new Found(date, "meta:" + key);
            }
        }
        return null;
    }

    private Found modified(JsonNode article, MetaTags meta, boolean monthFirst) {
        if (article != null) {
            String modified = parser.parse(JsonLdReader.text(article, "dateModified"), false);
            if (modified != null) {
                return new Found(modified, "json-ld:dateModified");
            }
        }
        for (String key : MODIFIED_META) {
            String date = parser.parse(meta.first(key), monthFirst);
            if (date != null) {
                return new Found(date, "meta:" + key);
            }
        }
        return null;
    }

    /** Every date value the page declares for itself, publication and revision, JSON-LD first. */
    private static List<String> declaredValues(JsonNode article, MetaTags meta) {
        List<String> values = new ArrayList<>();
        for (String field : List.of("datePublished", "dateCreated", "dateModified", "uploadDate")) {
            values.add(JsonLdReader.text(article, field));
        }
        for (List<String> keys : List.of(PUBLISHED_META, MODIFIED_META)) {
            for (String key : keys) {
                values.add(meta.first(key));
            }
        }
        return values;
    }

    private static String day(String value) {
        return ShownDates.day(value);
    }

    /** The first date the page's text introduces as a publication date, outside furniture. */
    private static VisibleDateScanner.Seen announced(VisibleDateScanner.Result visible) {
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            if (seen.cue() == DateCues.Cue.PUBLISHED && !seen.aside()) {
                return seen;
            }
        }
        return null;
    }

    /**
     * The date a reader sees with the headline: the first date on a line of its own (or in date markup)
     * shortly after the {@code <h1>} starts, else the nearest marked date shortly before it.
     */
    private static VisibleDateScanner.Seen nearHeadline(VisibleDateScanner.Result visible) {
        int headline = visible.headline();
        if (headline < 0) {
            return firstMarked(visible);
        }
        VisibleDateScanner.Seen before = null;
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            if (seen.aside() || seen.cue() == DateCues.Cue.UPDATED || (seen.prose() && !seen.marked())) {
                continue;
            }
            if (seen.offset() < headline) {
                // Above the headline, only a date in date markup, or a bare date right on top of it: further
                // up, a date line is more often the site header's "today".
                int distance = headline - seen.offset();
                if (distance <= NEAR_HEADLINE_BEFORE && (seen.marked() || distance <= RIGHT_ABOVE_HEADLINE)) {
                    before = seen;
                }
            } else if (seen.offset() - headline <= NEAR_HEADLINE_AFTER
                    && (before == null || seen.offset() - headline <= ShownDates.WITH_HEADLINE_AFTER)) {
                // A date line right on top of the headline beats one met only well into the text,
                // more often the first of a list of other stories.
                return seen;
            } else {
                break;
            }
        }
        return before;
    }

    /** Without a headline to anchor on, the first date in date markup outside furniture. */
    private static VisibleDateScanner.Seen firstMarked(VisibleDateScanner.Result visible) {
        for (VisibleDateScanner.Seen seen : visible.dates()) {
            if (seen.marked() && !seen.aside() && !seen.prose() && seen.cue() != DateCues.Cue.UPDATED) {
                return seen;
            }
        }
        return null;
    }

    private String fromMarkup(Element body, boolean monthFirst) {
        for (Element element : body.select(PUBLICATION_MARKUP)) {
            String date = readElement(element, monthFirst);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** A {@code <time datetime>} of the article itself: one inside {@code <article>} before any other. */
    private String fromTimeElements(Element body, boolean monthFirst) {
        List<Element> times = new ArrayList<>();
        for (Element time : body.getElementsByTag("time")) {
            if (time.hasAttr("datetime")) {
                times.add(time);
            }
        }
        for (boolean inArticleOnly : new boolean[] {true, false}) {
            for (Element time : times) {
                if (inArticleOnly && time.closest("article") == null) {
                    continue;
                }
                String date = parser.parse(time.attr("datetime"), monthFirst);
                if (date != null) {
                    return date;
                }
            }
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
        String path = path(url);
        Matcher m = URL_DATE.matcher(path);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(path);
            if (m.find()) {
                return parser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), false);
            }
            m = URL_DATE_DAY_FIRST.matcher(path);
            return m.find() ? parser.parse(m.group(4) + "-" + m.group(3) + "-" + m.group(1), false) : null;
        }
        if (m.group(2).equals("/") && m.group(4).length() == 1 && m.end() < path.length()
                && (path.charAt(m.end()) == '-' || Character.isLetter(path.charAt(m.end())))) {
            // "/2023/10/3-fragen-an-...": a year and month folder, then a slug that opens with a number.
            return null;
        }
        return parser.parse(m.group(1) + "-" + pad(m.group(3)) + "-" + pad(m.group(4)), false);
    }

    /** The URL without scheme and host, so a dotted IP or a port is never read as a date. */
    private static String path(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "" : url.substring(slash);
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
