package org.veille.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.veille.extract.ExtractionSettings;
import org.veille.extract.metadata.PageMetadata;
import org.veille.model.PageType;

/**
 * Tells articles from listings, forums, product pages and other pages. What the page declares
 * (JSON-LD type, {@code og:type}) is trusted first, then the URL's shape, then the text itself:
 * a page with a substantial run of prose is an article, a page that is mostly links is a listing.
 */
final class PageTypeClassifier {
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle", "report");
    private static final List<String> FORUM_TYPES = List.of("discussionforumposting", "qapage", "socialmediaposting");
    private static final List<String> LISTING_TYPES = List.of("collectionpage", "itemlist", "searchresultspage");
    private static final Pattern FORUM_URL = Pattern.compile(
            "(?i)/(forums?|threads?|showthread|viewtopic|topic|discussions?|questions|community|t)/|viewtopic\\.php|showthread\\.php|/r/\\w+/comments/");
    private static final Pattern PRODUCT_URL = Pattern.compile("(?i)/(products?|dp|item|shop/p|p)/[^/]+|/produit/");
    private static final Pattern LISTING_URL = Pattern.compile(
            "(?i)/(category|categories|tag|tags|topics?|search|archive|archives|section|rubrique|themen?)(/|$|\\?)|[?&](q|s|page)=|/page/\\d+/?$");

    /** The share of the page's prose the main text holds on a story page, comments and all. */
    private static final double STORY_SHARE = 0.6;

    private final ExtractionSettings settings;

    PageTypeClassifier(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** Decided before cleaning, from declarations and the URL only: whether comments are the content. */
    boolean looksLikeForum(PageMetadata metadata, String url) {
        String declared = declared(metadata);
        return FORUM_TYPES.contains(declared) || (url != null && FORUM_URL.matcher(url).find());
    }

    /**
     * @param proseLetters    prose found in the main containers
     * @param pageProse       prose on the whole page: a story holds most of it, one post of a thread does not
     * @param pageLinkDensity share of the page's text inside links
     */
    PageType classify(PageMetadata metadata, String url, double proseLetters, double pageProse, double pageLinkDensity) {
        String declared = declared(metadata);
        if (declared.startsWith("product") || declared.equals("og:product")) {
            return PageType.PRODUCT;
        }
        if (FORUM_TYPES.contains(declared)) {
            return PageType.FORUM;
        }
        if (LISTING_TYPES.contains(declared)) {
            return PageType.LISTING;
        }
        boolean prose = proseLetters >= settings.minArticleChars();
        if (ARTICLE_TYPES.contains(declared) && proseLetters >= settings.minArticleChars() / 3.0) {
            return PageType.ARTICLE;
        }
        if (url != null) {
            // A forum-like path (/community/, /topic/) is no proof: news sites name sections so. A
            // story (with comments, maybe) holds most of the page's prose; one post of a thread does not.
            if (FORUM_URL.matcher(url).find() && (!prose || proseLetters < STORY_SHARE * pageProse)) {
                return PageType.FORUM;
            }
            if (PRODUCT_URL.matcher(url).find() && !prose) {
                return PageType.PRODUCT;
            }
            if (LISTING_URL.matcher(url).find() && !prose) {
                return PageType.LISTING;
            }
        }
        if (prose) {
            return PageType.ARTICLE;
        }
        return withoutStory(pageLinkDensity);
    }

    /**
     * Whether the page names itself a story in the specific words of structured data (NewsArticle,
     * BlogPosting, ...). A plain "article" does not count: site builders put {@code og:type=article}
     * on every page, services and shop pages included.
     */
    boolean declaresStory(PageMetadata metadata) {
        String declared = declared(metadata);
        return ARTICLE_TYPES.contains(declared) && !declared.equals("article");
    }

    /** The type of a page that holds no single story: a listing when it is mostly links. */
    PageType withoutStory(double pageLinkDensity) {
        return pageLinkDensity > 0.5 ? PageType.LISTING : PageType.OTHER;
    }

    private static String declared(PageMetadata metadata) {
        return metadata.declaredType() == null ? "" : metadata.declaredType().toLowerCase(Locale.ROOT);
    }
}
