package org.veille.extract.html;

import java.util.List;

import org.veille.extract.ExtractionSettings;

/**
 * Tells whether the story container found by density holds the text of the page's main region, or
 * only one part of it: service and landing pages, listicles and shop pages are built of many sections,
 * and reading one of them as "the story" loses most of the page. Only prose counts: menus, tag clouds,
 * teaser headlines, bylines and date lines around a short news story do not, nor teasers cut with an
 * ellipsis (the start of another page's text).
 */
final class StoryShare {
    /**
     * A story's container holds at least this share of the main region's prose. A story with a
     * standfirst, a fact box and an author note beside its body still holds two thirds of it; a
     * service page's best section rarely does.
     */
    private static final double MIN_SHARE = 0.65;

    private final ExtractionSettings settings;

    StoryShare(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** Whether the story blocks hold at least half the prose of the region's blocks. */
    boolean holdsTheRegion(List<Block> story, List<Block> region) {
        return proseLetters(story) >= MIN_SHARE * proseLetters(region);
    }

    private long proseLetters(List<Block> blocks) {
        long count = 0;
        for (Block block : blocks) {
            if (block.kind() != Block.Kind.HEADING && block.kind() != Block.Kind.CAPTION
                    && block.letters() >= settings.minParagraphChars() && block.isProse()
                    && block.linkDensity() <= settings.maxLinkDensity() && !isTeaser(block.text())) {
                count += block.letters();
            }
        }
        return count;
    }

    private static boolean isTeaser(String text) {
        return text.endsWith("...") || text.endsWith("…") || text.endsWith("[…]") || text.endsWith("[...]");
    }
}
