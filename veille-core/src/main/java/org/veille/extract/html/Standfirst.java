package org.veille.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.veille.extract.ResourceLines;
import org.veille.extract.TextKey;

/**
 * Finds the standfirst of a story: the lead paragraph or subtitle printed between the headline and
 * the body. Templates put it in its own box beside the body ({@code div.article__intro} next to
 * {@code div.article__body}), so the density winner, and even the declared body, leave it out. The
 * blocks considered are the few just above the chosen text and below the headline; a block there
 * joins when it reads as prose, or when its markup names it as a lead ({@code standfirst-attributes.txt}).
 * Thread-safe: immutable after construction.
 */
final class Standfirst {
    /** How many blocks above the body are looked at: headline, kicker, byline, date, lead, image credit... */
    private static final int MAX_DISTANCE = 8;
    /** Unmarked prose needs this many letters to join: bylines and date lines are shorter. */
    private static final int MIN_PROSE_LETTERS = 80;
    /** A marked lead needs this many: "Intro" alone is a label. */
    private static final int MIN_MARKED_LETTERS = 30;
    /** A lead is text, not links. */
    private static final double MAX_LINK_DENSITY = 0.1;
    /** How far up from the block the lead markup may sit ({@code div.intro > div > p}). */
    private static final int MARKUP_DEPTH = 3;

    private final List<List<String>> names = new ArrayList<>();

    Standfirst() {
        for (String line : ResourceLines.read(Standfirst.class, "standfirst-attributes.txt")) {
            names.add(List.of(line.split("\\s+")));
        }
    }

    /**
     * The elements of the standfirst blocks above the containers, in document order; empty when the
     * headline is not close above the body or nothing between them qualifies.
     */
    List<Element> above(List<Block> blocks, List<Element> containers, String title) {
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(containers);
        int first = firstInside(blocks, chosen);
        if (first <= 0) {
            return List.of();
        }
        String headline = title == null ? null : TextKey.of(title);
        List<Block> between = new ArrayList<>();
        boolean headlineFound = false;
        for (int i = first - 1; i >= 0 && i >= first - MAX_DISTANCE; i--) {
            Block block = blocks.get(i);
            if (isHeadline(block, headline)) {
                headlineFound = true;
                break;
            }
            if (block.linkDensity() > 0.5 && block.letters() > 0) {
                break; // a menu or a list of links: whatever lies above belongs to something else
            }
            between.add(block);
        }
        List<Element> result = new ArrayList<>();
        for (int i = between.size() - 1; i >= 0; i--) {
            Block block = between.get(i);
            boolean marked = isMarkedLead(block.element());
            if ((headlineFound || marked) && qualifies(block, marked) && !holdsAny(block.element(), containers)) {
                result.add(block.element());
            }
        }
        return result;
    }

    /** Whether the element, or a close ancestor, is named as a lead by its class or id. */
    boolean isMarkedLead(Element element) {
        Element e = element;
        for (int depth = 0; e != null && depth < MARKUP_DEPTH; depth++, e = e.parent()) {
            if ((!e.className().isEmpty() || !e.id().isEmpty()) && namesLead(e.className() + " " + e.id())) {
                return true;
            }
        }
        return false;
    }

    private boolean namesLead(String attributes) {
        List<String> words = FurnitureAttributes.tokens(attributes);
        for (List<String> name : names) {
            for (int i = 0; i + name.size() <= words.size(); i++) {
                if (words.subList(i, i + name.size()).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean qualifies(Block block, boolean marked) {
        if (block.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        return switch (block.kind()) {
            case PARAGRAPH, TEXT, QUOTE -> block.letters() >= MIN_PROSE_LETTERS && block.isProse()
                    || marked && block.letters() >= MIN_MARKED_LETTERS;
            case HEADING -> marked && block.letters() >= MIN_MARKED_LETTERS;
            default -> false;
        };
    }

    private static boolean isHeadline(Block block, String headline) {
        if (block.kind() != Block.Kind.HEADING) {
            return false;
        }
        return block.element().normalName().equals("h1") || headline != null && TextKey.of(block.text()).equals(headline);
    }

    private static int firstInside(List<Block> blocks, Set<Element> containers) {
        for (Block block : blocks) {
            for (Element e = block.element(); e != null; e = e.parent()) {
                if (containers.contains(e)) {
                    return block.index();
                }
            }
        }
        return -1;
    }

    /** A block whose element wraps a container would bring the whole wrapper along. */
    private static boolean holdsAny(Element element, List<Element> containers) {
        for (Element container : containers) {
            for (Element e = container.parent(); e != null; e = e.parent()) {
                if (e == element) {
                    return true;
                }
            }
        }
        return false;
    }
}
