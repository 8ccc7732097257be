package org.veille.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.veille.extract.ExtractionSettings;
import org.veille.extract.TextKey;

/**
 * Finds the element(s) holding the main text, from the blocks of a cleaned page.
 *
 * <p>Two signals are combined. By density: every prose block scores its length, discounted by its
 * link density, and passes that score up to its ancestors with a weight falling with distance, so
 * the element directly holding most prose wins (Readability's insight); siblings holding prose of
 * the same kind join it. By markup: an element the page names as the article body
 * ({@code itemprop=articleBody}, classes such as {@code article-body} or {@code entry-content}) wins
 * when it holds a fair share of the density winner's prose. The result says which signal decided.
 */
final class ContentLocator {
    /**
     * The chosen containers in document order, and how they were chosen.
     *
     * @param goodLetters prose inside the containers
     * @param pageGood    prose on the whole cleaned page: how much of it the containers hold tells a
     *                    story (most of it) from one post among many
     */
    record Location(List<Element> containers, String method, double goodLetters, double pageGood) {
    }

    /** How much a block inside another story's {@code <article>} counts: a little, as listings do exist. */
    private static final double TEASER_WEIGHT = 0.3;
    /** A parent joins the main text when at least this share of the text it adds is prose... */
    private static final double CLIMB_PROSE_SHARE = 0.6;
    /** ...and at most this share of it sits in links. */
    private static final double CLIMB_LINK_SHARE = 0.15;
    /** How far up a relative of the top container may meet it and still be part of the same text. */
    private static final int COUSIN_LEVELS = 5;

    private final ExtractionSettings settings;
    private final Standfirst standfirst = new Standfirst();

    ContentLocator(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** Per-element sums over the blocks below it. */
    private static final class Stats {
        double weighted;   // density score, decayed with distance
        double good;       // letters of prose blocks below
        int prose;         // raw letters of the blocks that count as evidence of text, teasers aside
        int teaser;        // raw letters of such blocks inside other stories' <article> elements
        int letters;
        int linkLetters;
    }

    Location locate(Element body, List<Block> blocks, String title) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        // The scored elements in document order: iterating the identity map would visit them in an
        // order that changes from run to run, and ties would go to whichever came first.
        List<Element> scored = new ArrayList<>();
        Element mainArticle = mainArticle(body, title);
        for (Block block : blocks) {
            double value = value(block);
            boolean teaser = false;
            if (value > 0 && mainArticle != null && isTeaser(block.element(), mainArticle)) {
                value *= TEASER_WEIGHT;
                teaser = true;
            }
            int level = 0;
            int firstNew = scored.size();
            for (Element e = block.element(); e != null; e = e.parent()) {
                Stats s = stats.get(e);
                if (s == null) {
                    s = new Stats();
                    stats.put(e, s);
                    scored.add(e);
                }
                s.letters += block.letters();
                s.linkLetters += block.linkLetters();
                if (value > 0) {
                    s.good += value;
                    if (teaser) {
                        s.teaser += block.letters();
                    } else {
                        s.prose += block.letters();
                    }
                    // The block's own element (a <p>) is not a container; its parent takes full weight.
                    if (level > 0) {
                        s.weighted += value / divider(level);
                    }
                }
                if (e == body) {
                    break;
                }
                level++;
            }
            // Blocks come in document order and an element is new only when its descendants on the
            // chain are too: the chain's new elements, put top-down, extend the document order.
            Collections.reverse(scored.subList(firstNew, scored.size()));
        }
        Element top = null;
        double topScore = 0;
        for (Element candidate : scored) {
            Stats s = stats.get(candidate);
            double score = s.weighted * (1 - linkDensity(s));
            if (score > topScore) {
                top = candidate;
                topScore = score;
            }
        }
        if (top == null) {
            return new Location(List.of(body), "whole-page", 0, 0);
        }
        top = climb(top, body, stats);
        List<Element> containers = withCousins(top, withSiblings(top, stats), stats, scored);
        double good = 0;
        for (Element container : containers) {
            good += stats.get(container).good;
        }

        Element semantic = semanticBody(scored, stats);
        if (semantic != null && !containers.contains(semantic) && prefersMarkup(semantic, top, stats.get(semantic).good, good)) {
            // The declared body may leave out a standfirst or a continuation beside it, as density does.
            List<Element> declared = withSiblings(semantic, stats);
            double declaredGood = 0;
            for (Element container : declared) {
                declaredGood += stats.get(container).good;
            }
            String method = "markup:" + describe(semantic) + (declared.size() > 1 ? "+" + (declared.size() - 1) + " siblings" : "");
            return withStandfirst(blocks, declared, title, method, declaredGood, pageGood(body, stats));
        }
        String method = semantic != null && containers.contains(semantic) ? "markup+density:" : "density:";
        return withStandfirst(blocks, containers, title,
                method + describe(top) + (containers.size() > 1 ? "+" + (containers.size() - 1) + " siblings" : ""), good, pageGood(body, stats));
    }

    /** The containers with the standfirst above them, if one sits apart: it opens the same text. */
    private Location withStandfirst(List<Block> blocks, List<Element> containers, String title, String method,
                                    double good, double pageGood) {
        List<Element> lead = standfirst.above(blocks, containers, title);
        if (lead.isEmpty()) {
            return new Location(containers, method, good, pageGood);
        }
        List<Element> result = new ArrayList<>(lead);
        result.addAll(containers);
        return new Location(result, method + "+standfirst", good, pageGood);
    }

    /**
     * Whether the declared body beats the density choice. Inside it, the declared body is the more
     * precise cut when it keeps a fair share of the prose; around it, only when it adds a lot of prose
     * (it may also wrap comments or teasers); elsewhere, when it simply holds more.
     */
    private boolean prefersMarkup(Element semantic, Element top, double semanticGood, double good) {
        if (isAncestor(top, semantic)) {
            return semanticGood >= settings.semanticShare() * good;
        }
        if (isAncestor(semantic, top)) {
            return semanticGood >= 1.25 * good;
        }
        return semanticGood >= good;
    }

    private static double pageGood(Element body, Map<Element, Stats> stats) {
        Stats s = stats.get(body);
        return s == null ? 0 : s.good;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * With several {@code <article>} elements on a page, the main one holds the headline (or, failing
     * that, the most text); the others are teasers for other stories.
     */
    private static Element mainArticle(Element body, String title) {
        List<Element> articles = body.getElementsByTag("article");
        if (articles.size() < 2) {
            return null;
        }
        String folded = title == null ? null : TextKey.of(title);
        if (folded != null) {
            for (Element article : articles) {
                for (Element heading : article.select("h1, h2")) {
                    if (TextKey.of(heading.text()).equals(folded)) {
                        return article;
                    }
                }
            }
        }
        Element largest = null;
        int largestLength = 0;
        for (Element article : articles) {
            if (article.getElementsByTag("article").size() > 1) {
                continue; // an article wrapping other articles is a listing of them
            }
            int length = article.text().length();
            if (length > largestLength) {
                largest = article;
                largestLength = length;
            }
        }
        return largest;
    }

    /** A sibling {@code <article>} of the same class continues the main one: a reply in a thread, a section of a page. */
    private static boolean isPart(Element article, Element mainArticle) {
        return article.parent() == mainArticle.parent() && article.className().equals(mainArticle.className());
    }

    private static boolean isTeaser(Element element, Element mainArticle) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == mainArticle) {
                return false;
            }
            if (e.normalName().equals("article")) {
                return !isAncestor(e, mainArticle) && !isPart(e, mainArticle);
            }
        }
        return false;
    }


    /** What a block is worth as evidence of main text; negative for navigation-like blocks. */
    private double value(Block block) {
        if (block.kind() == Block.Kind.CAPTION) {
            return 0;
        }
        double density = block.linkDensity();
        if (density > settings.maxLinkDensity()) {
            return -(5 + 0.2 * block.linkLetters());
        }
        if (block.letters() < settings.minParagraphChars()) {
            return block.kind() == Block.Kind.HEADING ? 0 : -1;
        }
        // Squared: teasers (a linked headline plus a snippet) sit at 0.2-0.35 link density, prose near 0.
        double value = block.letters() * (1 - density) * (1 - density);
        value *= switch (block.kind()) {
            case LIST_ITEM, TABLE_ROW -> 0.6; // bodies are mostly paragraphs; lists are often link lists
            default -> 1.0;
        };
        return block.isProse() ? value : value * 0.4;
    }

    private static double divider(int level) {
        return level == 1 ? 1 : level == 2 ? 2 : level * 3.0;
    }

    private static double linkDensity(Stats s) {
        return s.letters == 0 ? 0 : (double) s.linkLetters / s.letters;
    }

    /**
     * Moves the winner up while its parent adds prose and little else. Site builders wrap each
     * paragraph or section of one text in its own block, so the densest element may hold only part
     * of it; a parent whose extra text is mostly prose with few links holds the rest of the same text,
     * while one adding menus, teasers or link lists does not.
     */
    private Element climb(Element top, Element body, Map<Element, Stats> stats) {
        Element current = top;
        boolean bounded = false;
        while (current != body && current.parent() != null) {
            Element parent = current.parent();
            Stats inner = stats.get(current);
            Stats outer = stats.get(parent);
            if (outer == null) {
                break;
            }
            int extraLetters = outer.letters - inner.letters;
            bounded |= isBoundary(current);
            if (extraLetters > 0) {
                if (bounded) {
                    break; // wrappers adding nothing are still the same text; anything more is not
                }
                // Teasers for other stories are no part of the text, unless the winner is one itself:
                // then the guess of which <article> is the main one was wrong.
                boolean trustTeasers = inner.teaser <= inner.prose;
                int extraProse = trustTeasers ? outer.prose - inner.prose
                        : outer.prose + outer.teaser - inner.prose - inner.teaser;
                int extraLinks = outer.linkLetters - inner.linkLetters;
                if (extraProse < CLIMB_PROSE_SHARE * extraLetters || extraLinks > CLIMB_LINK_SHARE * extraLetters) {
                    break;
                }
            }
            current = parent;
        }
        return current;
    }

    /** A story's own markup ends it: what lies around a declared story body is another text. */
    private static boolean isBoundary(Element element) {
        return ArticleBodyMarkup.isStoryBody(element);
    }

    /** The top container plus siblings that hold prose of their own (articles split by ad slots). */
    private List<Element> withSiblings(Element top, Map<Element, Stats> stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        Stats topStats = stats.get(top);
        double threshold = Math.max(settings.minParagraphChars(), 0.2 * topStats.good);
        List<Element> result = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                result.add(sibling);
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null || s.good <= 0) {
                continue;
            }
            boolean sameKind = sibling.normalName().equals(top.normalName()) && sibling.className().equals(top.className());
            if (s.teaser > s.prose && !sibling.normalName().equals("article")) {
                continue; // a block of other stories' <article>s lists teasers; a run of <article>s (replies, sections) is one text
            }
            boolean prose = s.good >= threshold && linkDensity(s) < 0.25;
            boolean paragraph = sibling.normalName().equals("p") && s.good >= 80 && linkDensity(s) < 0.25;
            if ((prose && sameKind) || paragraph || (prose && s.good >= 0.5 * topStats.good)) {
                result.add(sibling);
            }
        }
        return result;
    }

    /**
     * Adds the relatives of the top container that repeat its markup: page builders wrap each section
     * of one text in its own module ({@code section.content-section > div.row > div.col > div.text}),
     * with images and quotes between the modules, so the sections are cousins, not siblings, and the
     * climb stops at the first module boundary. A relative joins when it has the top's tag and class,
     * shares an ancestor with it a few levels up, and holds prose with few links.
     */
    private List<Element> withCousins(Element top, List<Element> containers, Map<Element, Stats> stats,
                                      List<Element> scored) {
        String className = top.className();
        if (className.isEmpty() || isBoundary(top)) {
            return containers; // a bare <div> repeats everywhere; a declared story body is whole already
        }
        Set<Element> chain = Collections.newSetFromMap(new IdentityHashMap<>());
        Element e = top.parent();
        for (int level = 0; e != null && level < COUSIN_LEVELS; level++, e = e.parent()) {
            if (e.normalName().equals("body")) {
                break;
            }
            chain.add(e);
        }
        Stats topStats = stats.get(top);
        double threshold = Math.max(settings.minParagraphChars(), 0.1 * topStats.good);
        List<Element> cousins = new ArrayList<>();
        String topClass = firstClass(className);
        for (Element candidate : scored) {
            Stats s = stats.get(candidate);
            if (candidate == top || !candidate.normalName().equals(top.normalName()) || !firstClass(candidate.className()).equals(topClass)
                    || s.good < threshold || linkDensity(s) >= 0.2 || s.teaser > s.prose || containers.contains(candidate)) {
                continue;
            }
            if (sharesAncestor(candidate, chain) && !isAncestor(candidate, top) && !isAncestor(top, candidate)) {
                cousins.add(candidate);
            }
        }
        if (cousins.isEmpty()) {
            return containers;
        }
        List<Element> result = new ArrayList<>(containers);
        for (Element cousin : cousins) {
            boolean nested = false;
            for (Element other : result) {
                nested |= isAncestor(other, cousin);
            }
            for (Element other : cousins) {
                nested |= isAncestor(other, cousin);
            }
            if (!nested) {
                result.add(cousin);
            }
        }
        return result;
    }

    private static String firstClass(String className) {
        String trimmed = className.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static boolean sharesAncestor(Element element, Set<Element> chain) {
        Element e = element.parent();
        for (int level = 0; e != null && level < COUSIN_LEVELS; level++, e = e.parent()) {
            if (chain.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** The element the markup declares as the article body, if it holds prose (the first of the largest). */
    private static Element semanticBody(List<Element> scored, Map<Element, Stats> stats) {
        Element best = null;
        double bestGood = 0;
        // Only scored elements can win, so only they are tested, in document order.
        for (Element candidate : scored) {
            Stats s = stats.get(candidate);
            if (candidate.attributesSize() == 0 || !ArticleBodyMarkup.isDeclaredBody(candidate)) {
                continue;
            }
            if (s.good > bestGood * 1.2) {
                best = candidate;
                bestGood = s.good;
            }
        }
        return best;
    }

    static String describe(Element element) {
        StringBuilder out = new StringBuilder(element.normalName());
        if (!element.id().isEmpty()) {
            out.append('#').append(element.id());
        }
        String className = element.className().trim();
        if (!className.isEmpty()) {
            out.append('.').append(className.split("\\s+")[0]);
        }
        return out.toString();
    }
}
