package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.veille.extract.TextKey;
import org.veille.extract.Whitespace;

/**
 * Reads every date written in a page's visible text in one walk of the body, and notes for each what
 * a reader would see around it: the cue before it ("Published", "Updated", "©"), whether it sits in
 * date-like markup, whether it is furniture (sidebar, footer, comments), whether it is a line of its
 * own or a date inside prose, and where the headline starts.
 */
final class VisibleDateScanner {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "select",
            "option", "textarea", "svg", "button", "head");
    /** Elements that mark words inside a line rather than make a line of their own. */
    private static final Set<String> INLINE_TAGS = Set.of("a", "em", "strong", "b", "i", "span", "small", "font", "mark", "q", "cite");
    private static final Set<String> FURNITURE_TAGS = Set.of("footer", "nav", "aside");
    /**
     * Class or id tokens of regions that date other things than the page: lists of other stories,
     * comments, the site footer. A word counts only as a whole part of a token ("comments",
     * "related-posts", "site-footer"), and tokens that describe the article itself ("category-popular",
     * "has-comments", "entry-footer") do not count.
     */
    private static final Pattern FURNITURE_TOKEN = Pattern.compile(
            "(?:^|[-_])(?:comments?|commentlist|sidebar|related|widgets?|teasers?|recommended|popular|most-?read|"
                    + "newsletter|trending|similar|more-stories|read-?more|further|weitere|disqus|replies|"
                    + "site-footer|page-footer|global-footer|footer)(?:$|[-_])");
    private static final Pattern ARTICLE_TOKEN = Pattern.compile(
            "^(?:category|tag|has|with|no|is|entry|post|article|story|asset)[-_]");
    /** Class tokens that describe a post's state or kind rather than one element of it. */
    private static final Pattern STATE_TOKEN = Pattern.compile("^(?:status|category|tag|format|type|has|post-type)[-_]");
    /** Class or id words of the elements pages put dates in. */
    private static final Pattern DATE_NAMES = Pattern.compile(
            "date|time|publish|posted|byline|dateline|stamp|meta|info|datum|fecha");
    /** A date with more than this many characters of other text in its text node is a date in prose. */
    private static final int LINE_SLACK = 60;
    private static final int MAX_NODE_CHARS = 400;
    private static final int MAX_DATES = 300;
    private static final int MIN_HEADLINE_CHARS = 12;
    private static final int MAX_HEADINGS = 20;
    /** An {@code <aside>} with fewer links is a box of facts about the story, not a sidebar. */
    private static final int SIDEBAR_MIN_LINKS = 5;

    private final DateParser parser;
    private final DateCues cues;

    VisibleDateScanner(DateParser parser, DateCues cues) {
        this.parser = parser;
        this.cues = cues;
    }

    /**
     * A date seen in the text.
     *
     * @param date   normalised date
     * @param offset where it stands in the page's text, in characters
     * @param cue    what the words before it say
     * @param marked inside a {@code <time>} or a date-, byline- or meta-classed element
     * @param aside  inside furniture: footer, navigation, sidebar, comments, lists of other stories
     * @param prose  inside a longer run of text rather than on a line of its own
     */
    record Seen(String date, int offset, DateCues.Cue cue, boolean marked, boolean aside, boolean prose) {
    }

    /**
     * What the walk found.
     *
     * @param dates    in reading order
     * @param headline text offset where the headline {@code <h1>} starts (the one matching the title, else
     *                 the first with some text, else the first), or -1
     * @param scripts  the body's {@code <script>} elements other than JSON-LD, met on the way: a last
     *                 resort reads dates out of their data
     */
    record Result(List<Seen> dates, int headline, List<Element> scripts) {
        Result {
            dates = List.copyOf(dates);
            scripts = List.copyOf(scripts);
        }

        Result(List<Seen> dates, int headline) {
            this(dates, headline, List.of());
        }
    }

    /**
     * @param title the page's declared title, or null; the {@code <h1>} matching it is the headline
     */
    Result scan(Element body, String title, boolean monthFirst) {
        Walk walk = new Walk(monthFirst, title == null ? null : TextKey.of(title));
        NodeTraversor.filter(walk, body);
        return new Result(walk.found, walk.headline >= 0 ? walk.headline : walk.firstLong >= 0 ? walk.firstLong : walk.firstAny,
                walk.scripts);
    }

    /**
     * Whether an {@code <h1>} is the page's headline: it matches the title the page declares. Sites put
     * their name or logo in an earlier {@code <h1>}, sometimes hidden for screen readers.
     */
    private static boolean matchesTitle(String heading, String title) {
        return title == null || title.contains(heading) || heading.contains(title);
    }

    private final class Walk implements NodeFilter {
        private final boolean monthFirst;
        private final StringBuilder text = new StringBuilder();
        private final List<Seen> found = new ArrayList<>();
        private final List<Element> scripts = new ArrayList<>();
        private int headline = -1;
        private int firstLong = -1;
        private int firstAny = -1;
        private int headings;
        /**
         * Verdicts per element, for this walk only: the dates of one page share their ancestors, and
         * climbing to {@code <body>} again for each (counting an {@code <aside>}'s links on the way) was
         * a good part of the scan's cost.
         */
        private final Map<Element, Boolean> asides = new IdentityHashMap<>();
        private final Map<Element, Boolean> marks = new IdentityHashMap<>();

        private final String title;

        Walk(boolean monthFirst, String title) {
            this.monthFirst = monthFirst;
            this.title = title == null || title.isEmpty() ? null : title;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    if (tag.equals("script") && !element.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        scripts.add(element);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("h1") && headline < 0 && headings < MAX_HEADINGS) {
                    headings++;
                    String key = TextKey.of(element.text());
                    if (key.length() >= MIN_HEADLINE_CHARS && matchesTitle(key, title)) {
                        headline = text.length();
                    } else if (key.length() >= MIN_HEADLINE_CHARS && firstLong < 0) {
                        firstLong = text.length();
                    } else if (firstAny < 0) {
                        firstAny = text.length();
                    }
                }
            } else if (node instanceof TextNode textNode) {
                read(textNode);
            }
            return found.size() >= MAX_DATES ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }

        /**
         * Whether an element is furniture: the nearest ancestor (or itself) that decides, below
         * {@code <body>}; {@code <body>} and {@code <html>} carry page-wide classes ("has-sidebar") that
         * say nothing about one element.
         */
        private boolean aside(Element element) {
            List<Element> undecided = new ArrayList<>();
            boolean verdict = false;
            for (Element current = element; current != null && !current.normalName().equals("body")
                    && !current.normalName().equals("html"); current = current.parent()) {
                Boolean known = asides.get(current);
                if (known == null) {
                    known = ownFurnitureVerdict(current);
                    if (known == null) {
                        undecided.add(current);
                        continue;
                    }
                    asides.put(current, known);
                }
                verdict = known;
                break;
            }
            for (Element passed : undecided) {
                asides.put(passed, verdict);
            }
            return verdict;
        }

        private void read(TextNode node) {
            // Appended in place: building a normalised string for every text node of the page cost
            // more than the date parsing; the node's own string is only made when it holds a digit.
            int start = text.length();
            int length = Whitespace.appendNormalized(text, node.getWholeText());
            if (length == 0) {
                return;
            }
            text.append(' ');
            if (length > MAX_NODE_CHARS || !hasDigit(text, start, start + length)) {
                return;
            }
            String value = text.substring(start, start + length);
            int from = 0;
            for (int i = 0; i < 3; i++) {
                DateParser.DateMatch match = parser.find(value, from, monthFirst);
                if (match == null) {
                    return;
                }
                String before = text.substring(Math.max(0, start + match.start() - DateCues.REACH), start + match.start());
                DateCues.Cue cue = cues.of(before);
                if (cue != DateCues.Cue.COPYRIGHT) {
                    Element parent = (Element) node.parent();
                    // A date opening a paragraph is a dateline ("27.1.2022 - Bei der Erinnerung..."), not prose.
                    int dateLength = match.end() - match.start();
                    boolean prose = match.start() > 0
                            && (value.length() - dateLength > LINE_SLACK || inParagraphText(parent, dateLength));
                    found.add(new Seen(match.date(), start + match.start(), cue,
                            marks.computeIfAbsent(parent, VisibleDateScanner::marked), aside(parent), prose));
                }
                from = match.end();
            }
        }
    }

    /**
     * Whether a date set in a link or emphasis sits inside a paragraph of running text ("laut dem
     * <a>Lagebericht vom 25. Februar 2020</a> ..."): its own text node is short, the sentence is not.
     */
    private static boolean inParagraphText(Element parent, int dateLength) {
        Element current = parent;
        for (int level = 0; level < 3 && current != null && INLINE_TAGS.contains(current.normalName()); level++) {
            current = current.parent();
        }
        return current != parent && current != null && current.normalName().equals("p")
                && current.text().length() - dateLength > LINE_SLACK;
    }

    private static boolean hasDigit(CharSequence value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean marked(Element element) {
        Element current = element;
        for (int level = 0; level < 4 && current != null; level++, current = current.parent()) {
            if (current.normalName().equals("time") || dateNamed(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class or id token names a date-like element. Tokens stating the state of a whole post
     * ("status-publish", "format-standard" on a blog's {@code <article>}) do not: they would mark every
     * date inside the story, a photo caption's among them.
     */
    private static boolean dateNamed(Element element) {
        String names = names(element);
        if (names.isEmpty() || !DATE_NAMES.matcher(names).find()) {
            return false;
        }
        for (String token : Whitespace.RUNS.split(names)) {
            if (DATE_NAMES.matcher(token).find() && !STATE_TOKEN.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an element itself says about being furniture: {@code TRUE} or {@code FALSE} when it decides,
     * null when its ancestors decide.
     */
    private static Boolean ownFurnitureVerdict(Element current) {
        if (current.normalName().equals("aside") && current.getElementsByTag("a").size() < SIDEBAR_MIN_LINKS) {
            // An <aside> of a few facts next to the story ("Datum 12.01.2017") belongs to it.
            return null;
        }
        if (FURNITURE_TAGS.contains(current.normalName())) {
            // A <footer> inside an <article> is that article's own (date, author, tags).
            return !(current.normalName().equals("footer") && current.closest("article") != null);
        }
        for (String token : Whitespace.RUNS.split(names(current))) {
            if (!token.isEmpty() && FURNITURE_TOKEN.matcher(token).find() && !ARTICLE_TOKEN.matcher(token).find()) {
                return Boolean.TRUE;
            }
        }
        return null;
    }

    private static String names(Element element) {
        String id = element.id();
        String classes = element.className();
        if (id.isEmpty() && classes.isEmpty()) {
            return "";
        }
        return (id + " " + classes).toLowerCase(Locale.ROOT);
    }
}
