package org.veille.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.veille.extract.Whitespace;

/**
 * Turns a (cleaned) DOM subtree into blocks of text in reading order, in one walk. Block-level
 * elements start and end blocks; a run of two {@code <br>} ends one too, since old pages separate
 * paragraphs that way; the cells of a table row become one block; captions become caption blocks.
 * Link text is counted as it goes, so link density needs no second pass.
 */
final class BlockCollector {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend", "dialog",
            "menu", "dir", "frameset", "noframes", "output", "tt", "listing", "plaintext", "xmp");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int letters;
    private int linkLetters;
    private int consecutiveBreaks;

    /** The blocks under {@code root}, in reading order. A collector is single-use. */
    static List<Block> collect(Element root) {
        BlockCollector collector = new BlockCollector();
        collector.walk(root, root, 0, false, false);
        collector.flush(root, Block.Kind.TEXT);
        return collector.blocks;
    }

    private void walk(Element element, Element container, int linkDepth, boolean inCaption, boolean inRow) {
        // By index: childNodes() would copy every element's list of children.
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            Node child = element.childNode(i);
            if (child instanceof TextNode textNode) {
                append(textNode.getWholeText(), linkDepth > 0);
                continue;
            }
            if (!(child instanceof Element e)) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (++consecutiveBreaks >= 2 && !inCaption) {
                    flush(container, kindOf(container, inCaption));
                } else {
                    text.append(' ');
                }
                continue;
            }
            boolean caption = inCaption || isCaption(e);
            boolean link = tag.equals("a");
            if (tag.equals("tr")) {
                flush(container, kindOf(container, inCaption));
                walk(e, e, linkDepth, caption, true);
                flush(e, caption ? Block.Kind.CAPTION : Block.Kind.TABLE_ROW);
            } else if (inRow && CELL_TAGS.contains(tag)) {
                if (text.length() > 0) {
                    text.append(" | ");
                }
                walk(e, container, linkDepth, caption, true);
            } else if (BLOCK_TAGS.contains(tag) || CELL_TAGS.contains(tag) || (caption && !inCaption)) {
                flush(container, kindOf(container, inCaption));
                walk(e, e, linkDepth + (link ? 1 : 0), caption, false);
                flush(e, kindOf(e, caption));
            } else {
                walk(e, container, linkDepth + (link ? 1 : 0), caption, inRow);
            }
        }
    }

    private void append(String raw, boolean inLink) {
        int added = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Whitespace.isSpace(c)) {
                added++;
            }
        }
        if (added > 0) {
            consecutiveBreaks = 0;
        }
        text.append(raw);
        letters += added;
        if (inLink) {
            linkLetters += added;
        }
    }

    private void flush(Element container, Block.Kind kind) {
        consecutiveBreaks = 0;
        if (letters > 0) {
            String normalized = Whitespace.normalize(text);
            if (!normalized.isEmpty()) {
                blocks.add(new Block(normalized, kind, container, letters, linkLetters, blocks.size()));
            }
        }
        text.setLength(0);
        letters = 0;
        linkLetters = 0;
    }

    private static Block.Kind kindOf(Element element, boolean inCaption) {
        if (inCaption) {
            return Block.Kind.CAPTION;
        }
        return switch (element.normalName()) {
            case "p" -> Block.Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            case "pre" -> Block.Kind.PREFORMATTED;
            case "tr" -> Block.Kind.TABLE_ROW;
            case "figcaption" -> Block.Kind.CAPTION;
            default -> Block.Kind.TEXT;
        };
    }

    /** Image captions and credits: {@code figcaption} and elements classed as captions. */
    static boolean isCaption(Element element) {
        String tag = element.normalName();
        if (tag.equals("figcaption")) {
            return true;
        }
        if (tag.equals("caption")) {
            return false; // a table caption titles data, it is not an image caption
        }
        String className = element.className();
        if (className.isEmpty()) {
            return false;
        }
        // Every word below contains one of these: most class names are turned away without splitting them.
        String lower = className.toLowerCase(Locale.ROOT);
        if (!lower.contains("caption") && !lower.contains("credit") && !lower.contains("legend")) {
            return false;
        }
        // Taxonomy classes name the topic, not the role: "category-deductions-and-credits" is no credit line.
        for (String token : FurnitureAttributes.tokens(FurnitureAttributes.withoutModifiers(className))) {
            if (token.equals("caption") || token.equals("figcaption") || token.equals("credit")
                    || token.equals("credits") || token.equals("legende") || token.equals("legend")) {
                return true;
            }
        }
        return false;
    }
}
