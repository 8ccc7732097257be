package org.veille.extract.html;

import java.util.ArrayList;
import java.util.List;

import org.veille.extract.BoilerplateText;
import org.veille.extract.ExtractionSettings;
import org.veille.extract.TextKey;
import org.veille.model.PageType;

/**
 * Decides, block by block inside the main containers, what is body text, what is a caption and what
 * is furniture the cleaner could not see from the markup: link lists, share prompts, the repeated
 * headline, bylines and date lines above the text, orphan headings and label lines after it.
 */
final class BlockFilter {

    /** The body paragraphs and captions kept. */
    record Result(List<String> paragraphs, List<String> captions) {
    }

    private final BoilerplateText furniture;
    private final ExtractionSettings settings;

    BlockFilter(BoilerplateText furniture, ExtractionSettings settings) {
        this.furniture = furniture;
        this.settings = settings;
    }

    Result filter(List<Block> blocks, String title, PageType pageType) {
        String normalizedTitle = title == null ? null : TextKey.of(title);
        List<String> captions = new ArrayList<>();
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            String text = block.text();
            if (block.kind() == Block.Kind.CAPTION) {
                if (!furniture.matches(text) && !captions.contains(text)) {
                    captions.add(text);
                }
                continue;
            }
            if (furniture.matches(text)) {
                continue;
            }
            if (normalizedTitle != null && block.letters() < 400 && sameLengthNearly(text, normalizedTitle)
                    && TextKey.of(text).equals(normalizedTitle)) {
                continue;
            }
            if (pageType == PageType.ARTICLE && isLinkList(block)) {
                continue;
            }
            kept.add(block);
        }
        if (pageType == PageType.ARTICLE) {
            trimEdges(kept);
        }
        dropOrphanHeadings(kept);
        List<String> paragraphs = new ArrayList<>(kept.size());
        for (Block block : kept) {
            paragraphs.add(block.text());
        }
        return new Result(paragraphs, captions);
    }

    private boolean isLinkList(Block block) {
        return block.linkDensity() > settings.maxLinkDensity()
                && (block.letters() < settings.longBlockChars() || block.linkDensity() > 0.8);
    }

    /** Drops label-like lines (bylines, dates, "Photo", tags) before the first and after the last prose block. */
    private void trimEdges(List<Block> kept) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (isSubstantialProse(kept.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        List<Block> trimmed = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Block block = kept.get(i);
            boolean outside = i < first || i > last;
            if (outside && isLabel(block)) {
                continue;
            }
            trimmed.add(block);
        }
        kept.clear();
        kept.addAll(trimmed);
    }

    private boolean isSubstantialProse(Block block) {
        return block.kind() != Block.Kind.HEADING && block.letters() >= settings.minParagraphChars() && block.isProse()
                && !isDateLine(block.text());
    }

    private static boolean isLabel(Block block) {
        return block.kind() != Block.Kind.HEADING && block.letters() < 80 && (!block.isProse() || isDateLine(block.text()));
    }

    /**
     * A dateline or a publication stamp ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: ..."): its
     * commas make it look like a clause, but a fifth of its characters are digits, which prose never has.
     */
    static boolean isDateLine(String text) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            }
            if (!Character.isWhitespace(c)) {
                letters++;
            }
        }
        return letters > 0 && digits >= 0.2 * letters;
    }

    /** A heading with nothing kept under it introduced something that was removed ("Related stories"). */
    private static void dropOrphanHeadings(List<Block> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (kept.get(i).kind() != Block.Kind.HEADING) {
                continue;
            }
            boolean last = i == kept.size() - 1;
            if (last) {
                kept.remove(i);
            }
        }
    }


    /**
     * Blocks are already whitespace-normalised, so a block can only have the title's key when it has
     * about the title's length (lower-casing changes the length of a few letters only): a cheap test
     * that spares building a key for every block of the page.
     */
    private static boolean sameLengthNearly(String text, String key) {
        return Math.abs(text.length() - key.length()) <= 4;
    }
}
