package org.veille.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.veille.extract.BoilerplateText;
import org.veille.extract.ExtractionSettings;
import org.veille.extract.Whitespace;
import org.veille.extract.metadata.MetadataReader;
import org.veille.extract.metadata.PageMetadata;
import org.veille.model.DecodedDocument;
import org.veille.model.Extraction;
import org.veille.model.PageType;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

/**
 * Reads the clean article out of an HTML page. The recipe:
 * <ol>
 *   <li>parse, and read the metadata while the page is whole (bylines and dates live in headers);</li>
 *   <li>remove furniture ({@link DomCleaner});</li>
 *   <li>cut the rest into text blocks in reading order ({@link BlockCollector});</li>
 *   <li>find the main containers by prose density and by markup ({@link ContentLocator});</li>
 *   <li>tell what kind of page it is ({@link PageTypeClassifier});</li>
 *   <li>keep the body blocks and captions of the containers ({@link BlockFilter});</li>
 *   <li>fall back, in order, to the JSON-LD {@code articleBody} when the markup hid the text, then to
 *       the whole page when no container held any, saying so in {@link Extraction#method()}.</li>
 * </ol>
 * Thread-safe: one extractor serves a whole run.
 */
public final class HtmlExtractor {
    /** Block-level tags in a JSON-LD {@code articleBody}: the body was stored as HTML, not text. */
    private static final Pattern EMBEDDED_MARKUP = Pattern.compile("(?i)</?(p|br|div|h[1-6]|li|ul|ol|blockquote)\\b[^>]*>");

    private final ExtractionSettings settings;
    private final MetadataReader metadataReader;
    private final DomCleaner cleaner;
    private final ContentLocator locator;
    private final PageTypeClassifier classifier;
    private final BlockFilter filter;
    private final StoryShare storyShare;

    public HtmlExtractor(ExtractionSettings settings, MetadataReader metadataReader, BoilerplateText furniture) {
        this.settings = settings;
        this.metadataReader = metadataReader;
        this.cleaner = new DomCleaner(new FurnitureAttributes(), settings);
        this.locator = new ContentLocator(settings);
        this.classifier = new PageTypeClassifier(settings);
        this.filter = new BlockFilter(furniture, settings);
        this.storyShare = new StoryShare(settings);
    }

    public Outcome<Extraction> extract(DecodedDocument document) {
        String url = document.url();
        Document page = parse(document);
        PageMetadata metadata = metadataReader.read(page, url);
        Element body = page.body();
        List<Warning> warnings = new ArrayList<>();

        boolean forum = classifier.looksLikeForum(metadata, url);
        Reading reading = read(body, metadata, url, forum, false);
        if (forum && reading.pageType() != PageType.FORUM) {
            // Only the URL said "forum", and the page reads as a story: its comments are not content.
            reading = read(parse(document).body(), metadata, url, false, false);
            forum = false;
        }
        if (reading.location().goodLetters() < settings.minArticleChars() && letters(reading.paragraphs()) < settings.minArticleChars()) {
            // Little text survived the cleaning: on some pages every block carries a role-like class
            // ("widget", "header-section") and the weak furniture rules ate the text piece by piece.
            // Read a fresh copy cleaned lightly and keep that reading when it finds far more prose.
            Element fresh = parse(document).body();
            Reading light = read(fresh, metadata, url, forum, true);
            if (light.location().goodLetters() >= settings.minArticleChars()
                    && light.location().goodLetters() >= 2 * reading.location().goodLetters()) {
                reading = light;
            }
        }
        List<Block> blocks = reading.blocks();
        PageType pageType = reading.pageType();
        List<String> paragraphs = reading.paragraphs();
        List<String> captions = reading.captions();
        String method = reading.method();

        // The raw articleBody holds at least the letters of its split form (tags and entities only
        // shrink), so a body too short even raw is never split: most news pages' own text wins.
        String rawBody = metadata.articleBody();
        double needed = settings.structuredBodyShare() * letters(paragraphs);
        List<String> structured = rawBody == null || letters(rawBody) <= needed ? List.of() : splitStructuredBody(rawBody);
        if (!structured.isEmpty() && letters(structured) > needed) {
            paragraphs = structured;
            method = "json-ld:articleBody";
            warnings.add(new Warning("extract", "markup-body-hidden",
                    "the page markup held little text; used the JSON-LD articleBody instead"));
        }
        if (paragraphs.isEmpty() && !blocks.isEmpty()) {
            paragraphs = filter.filter(blocks, metadata.title(), PageType.OTHER).paragraphs();
            method = "whole-page";
            warnings.add(new Warning("extract", "no-main-content", "no main content container found; kept the whole page's text"));
        }
        if (paragraphs.isEmpty()) {
            warnings.add(new Warning("extract", "no-text", "the page has no visible text"));
        }
        return Outcome.ok(new Extraction(metadata.canonicalUrl(), metadata.site(), pageType, metadata.title(),
                metadata.section(), metadata.authors(), metadata.published(), paragraphs, captions, "html:" + method),
                warnings);
    }

    /** A fresh DOM of the page, its streamed parts in place: each reading cleans its own copy in place. */
    private static Document parse(DecodedDocument document) {
        Document page = Jsoup.parse(document.text(), document.url() == null ? "" : document.url());
        StreamedSegments.assemble(page);
        return page;
    }

    /** One reading of a page: its blocks, where the main text is, and what kind of page it is. */
    private record Reading(List<Block> blocks, ContentLocator.Location location, PageType pageType,
                           List<String> paragraphs, List<String> captions, String method) {
    }

    private Reading read(Element body, PageMetadata metadata, String url, boolean forum, boolean keepWeak) {
        cleaner.clean(body, forum, keepWeak);
        List<Block> blocks = BlockCollector.collect(body);
        ContentLocator.Location location = locator.locate(body, blocks, metadata.title());
        PageType pageType = classifier.classify(metadata, url, location.goodLetters(), location.pageGood(),
                linkDensity(blocks));

        BlockFilter.Result result;
        List<Element> containers;
        String method;
        if (pageType == PageType.ARTICLE) {
            containers = location.containers();
            method = location.method();
            List<Block> storyBlocks = inside(blocks, containers);
            // The region is only asked for when the page does not declare its story (each step here
            // is a walk over the page's blocks or elements).
            List<Element> region = classifier.declaresStory(metadata) ? null : mainRegion(body);
            List<Block> regionBlocks = region == null ? null : inside(blocks, region);
            if (region != null && !storyShare.holdsTheRegion(storyBlocks, regionBlocks)) {
                // The story container holds a small part of what the page's main region says: a service
                // page, a landing page or a list of teasers with one long item, not one story. Its text is
                // the whole main region, read as a page that is not an article.
                result = filter.filter(regionBlocks, metadata.title(), PageType.OTHER);
                pageType = classifier.withoutStory(linkDensity(blocks));
                containers = region;
                method = "main-region:" + ContentLocator.describe(region.get(0));
            } else {
                result = filter.filter(storyBlocks, metadata.title(), pageType);
            }
        } else {
            List<Element> region = mainRegion(body);
            containers = region;
            method = "main-region:" + ContentLocator.describe(region.get(0));
            result = filter.filter(inside(blocks, containers), metadata.title(), pageType);
        }
        List<String> captions = new ArrayList<>(result.captions());
        if (pageType == PageType.ARTICLE) {
            addArticleCaptions(blocks, containers, captions);
        }
        return new Reading(blocks, location, pageType, result.paragraphs(), captions, (keepWeak ? "light:" : "") + method);
    }

    /** For pages that are not articles the main region is everything inside {@code <main>}, else the cleaned body. */
    private static List<Element> mainRegion(Element body) {
        Element main = body.selectFirst("main, [role=main]");
        if (main != null && main.hasText()) {
            return List.of(main);
        }
        return List.of(body);
    }

    private static List<Block> inside(List<Block> blocks, List<Element> containers) {
        Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(containers);
        List<Block> result = new ArrayList<>();
        for (Block block : blocks) {
            for (Element e = block.element(); e != null; e = e.parent()) {
                if (set.contains(e)) {
                    result.add(block);
                    break;
                }
            }
        }
        return result;
    }

    /** Captions of figures near the body: in the same {@code <article>} (lead images sit above the text). */
    private static void addArticleCaptions(List<Block> blocks, List<Element> containers, List<String> captions) {
        Element article = containers.get(0).closest("article");
        if (article == null) {
            return;
        }
        for (Block block : inside(blocks, List.of(article))) {
            if (block.kind() == Block.Kind.CAPTION && !captions.contains(block.text())) {
                captions.add(block.text());
            }
        }
    }

    /**
     * The paragraphs of a JSON-LD {@code articleBody}: its lines, or, when the site put the body's HTML
     * there ({@code <p>...</p>}), the text blocks of that HTML, so no tag or entity reaches the text.
     */
    private static List<String> splitStructuredBody(String body) {
        if (EMBEDDED_MARKUP.matcher(body).find()) {
            List<String> paragraphs = new ArrayList<>();
            for (Block block : BlockCollector.collect(Jsoup.parseBodyFragment(body).body())) {
                paragraphs.add(block.text());
            }
            return paragraphs;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : body.split("\\r?\\n")) {
            String paragraph = Whitespace.normalize(org.jsoup.parser.Parser.unescapeEntities(line, false));
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    private static double linkDensity(List<Block> blocks) {
        long letters = 0;
        long links = 0;
        for (Block block : blocks) {
            letters += block.letters();
            links += block.linkLetters();
        }
        return letters == 0 ? 0 : (double) links / letters;
    }

    private static long letters(String text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static long letters(List<String> paragraphs) {
        long count = 0;
        for (String paragraph : paragraphs) {
            count += letters(paragraph);
        }
        return count;
    }
}
