package org.veille.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.veille.extract.ExtractionSettings;

/**
 * Removes page furniture from a parsed page in one pass: code and media elements, hidden elements,
 * navigation, and elements whose class or id names them as share bars, ads, comment threads and the
 * like. Elements that hold the article (the structured article body, {@code <main>}, the largest
 * {@code <article>}) and their ancestors are never removed, and "weak" furniture holding a large share
 * of the page's text is kept: the guard that stops one misleading class name from emptying a page.
 *
 * <p>Works on the caller's copy of the document, which it modifies in place.
 */
final class DomCleaner {
    private static final Set<String> ALWAYS_REMOVED = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "link",
            "meta", "audio", "video", "source", "track", "map", "area", "dialog", "math", "head");
    private static final Set<String> STRONG_TAGS = Set.of("nav", "menu");
    private static final Set<String> WEAK_TAGS = Set.of("aside", "footer", "header", "form", "fieldset");
    /**
     * A hidden element holding at least this share of the page's text is kept: pages do not hide most
     * of their text from everyone, so such markup is a rendering artefact (a wrapper marked
     * aria-hidden behind an open dialog, content streamed into a hidden slot and moved by a script).
     */
    private static final double HIDDEN_GUARD_SHARE = 0.5;
    /**
     * The strong-furniture guard of the light cleaning, which only runs when the normal one left next
     * to no text: there a share bar or print class wrapped around the story ({@code sharing-container},
     * {@code print-full}) is likelier than furniture holding a tenth of the page with few links.
     */
    private static final double LIGHT_GUARD_SHARE = 0.1;
    /** A run of at least this many same-class siblings is a module layout when it holds the page's prose... */
    private static final int MIN_MODULES = 3;
    /** ...with less than this share of it in links. */
    private static final double MODULE_LINK_SHARE = 0.3;
    /** Fewer {@code <noscript>} letters than this are a "please enable JavaScript" notice, not a page. */
    private static final int MIN_NOSCRIPT_PAGE = 200;

    private final FurnitureAttributes attributes;
    private final ExtractionSettings settings;

    DomCleaner(FurnitureAttributes attributes, ExtractionSettings settings) {
        this.attributes = attributes;
        this.settings = settings;
    }

    /**
     * Cleans {@code body} in place and returns how many elements were removed.
     *
     * @param keepDiscussion whether comment threads are content (forum pages)
     * @param keepWeak       whether weak furniture stays: the light cleaning behind the extractor's second
     *                       try, for pages whose builder gives every block a role-like class ("widget",
     *                       "header-section"); strong furniture is then kept on a lower share of prose
     */
    int clean(Element body, boolean keepDiscussion, boolean keepWeak) {
        TextCounts counts = TextCounts.of(body);
        // A page whose text sits mostly in <noscript> was rendered for readers without scripts
        // (forum engines serve their posts that way): there the <noscript> content is the page.
        boolean scriptless = counts.noscriptLetters() > counts.letters(body) && counts.noscriptLetters() >= MIN_NOSCRIPT_PAGE;
        if (scriptless) {
            counts = TextCounts.of(body, true);
        }
        TextCounts finalCounts = counts;
        Set<Element> protectedElements = protectedElements(body, counts);
        long totalText = Math.max(1, counts.letters(body));
        int[] removed = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element) || element == body) {
                    return FilterResult.CONTINUE;
                }
                if (scriptless && element.normalName().equals("noscript")) {
                    return FilterResult.CONTINUE;
                }
                if (shouldRemove(element, protectedElements, finalCounts, totalText, keepDiscussion, keepWeak)) {
                    removed[0]++;
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return removed[0];
    }

    private boolean shouldRemove(Element element, Set<Element> protectedElements, TextCounts counts, long totalText,
                                 boolean keepDiscussion, boolean keepWeak) {
        String tag = element.normalName();
        if (ALWAYS_REMOVED.contains(tag)) {
            return true;
        }
        if (protectedElements.contains(element)) {
            return false;
        }
        if (isHidden(element)) {
            return counts.letters(element) < HIDDEN_GUARD_SHARE * totalText;
        }
        if (STRONG_TAGS.contains(tag)) {
            return true;
        }
        FurnitureAttributes.Strength strength = attributes.classify(element);
        if (keepWeak && strength == FurnitureAttributes.Strength.WEAK) {
            return false;
        }
        if (strength == FurnitureAttributes.Strength.NONE && WEAK_TAGS.contains(tag) && !keepWeak
                && !ArticleBodyMarkup.isStoryHeader(element)) {
            strength = FurnitureAttributes.Strength.WEAK;
        }
        return switch (strength) {
            case STRONG -> !holdsProse(element, counts, totalText, keepWeak ? LIGHT_GUARD_SHARE : settings.guardTextShare());
            case DISCUSSION -> !keepDiscussion;
            case WEAK -> counts.letters(element) < settings.guardTextShare() * totalText
                    && !isRepeatedModule(element, counts, totalText);
            case NONE -> false;
        };
    }

    /** The guard for strong furniture: a class name lies when its element holds much of the page's prose. */
    private boolean holdsProse(Element element, TextCounts counts, long totalText, double share) {
        long letters = counts.letters(element);
        return letters >= share * totalText
                && counts.linkLetters(element) < settings.maxLinkDensity() * letters;
    }

    /**
     * The guard for weak furniture, applied to the run of siblings that share the element's tag and
     * class: page builders wrap each section of one text in its own "widget" or "module", each a small
     * share of the page, while together they hold most of its prose. Sidebar widgets are link lists
     * and do not add up to the page's text.
     */
    private boolean isRepeatedModule(Element element, TextCounts counts, long totalText) {
        Element parent = element.parent();
        String className = element.className();
        if (parent == null || className.isEmpty()) {
            return false;
        }
        long letters = 0;
        long linkLetters = 0;
        int members = 0;
        for (Element sibling : parent.children()) {
            if (sibling.normalName().equals(element.normalName()) && sibling.className().equals(className)) {
                letters += counts.letters(sibling);
                linkLetters += counts.linkLetters(sibling);
                members++;
            }
        }
        return members >= MIN_MODULES && letters >= settings.guardTextShare() * totalText
                && linkLetters < MODULE_LINK_SHARE * letters;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** The elements that carry the article, with all their ancestors: never pruned. */
    private static Set<Element> protectedElements(Element body, TextCounts counts) {
        Set<Element> result = Collections.newSetFromMap(new IdentityHashMap<>());
        long total = counts.letters(body);
        Element largestArticle = null;
        for (Element element : counts.elements()) {
            String tag = element.normalName();
            boolean attributed = element.attributesSize() > 0;
            if (tag.equals("main")
                    || (attributed && (element.attr("itemprop").equals("articleBody") || element.attr("role").equals("main")
                    || (counts.letters(element) >= 0.1 * total && ArticleBodyMarkup.isDeclaredBody(element))))) {
                protectWithAncestors(element, result);
            }
            if (tag.equals("article") && (largestArticle == null || counts.letters(element) > counts.letters(largestArticle))) {
                largestArticle = element;
            }
        }
        if (largestArticle != null && counts.letters(largestArticle) > 0) {
            protectWithAncestors(largestArticle, result);
        }
        return result;
    }

    private static void protectWithAncestors(Element element, Set<Element> result) {
        for (Element e = element; e != null; e = e.parent()) {
            result.add(e);
        }
    }
}
