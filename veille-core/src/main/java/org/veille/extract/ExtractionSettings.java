package org.veille.extract;

/**
 * Every threshold the extractors use, in one place, each with the reason for its value. Use a preset
 * ({@link #balanced()}, {@link #precision()}, {@link #recall()}) rather than hand-tuning fields.
 *
 * @param maxLinkDensity        a body block whose share of characters inside links exceeds this is
 *                              navigation, not prose (inline links in real paragraphs stay far below)
 * @param longBlockChars        a block at least this long is kept even when link-dense: lists of long
 *                              linked titles are rare in article bodies, long prose with many links is not
 * @param minParagraphChars     blocks shorter than this do not count as evidence of article text when
 *                              scoring containers (menus and labels are short)
 * @param furnitureMaxChars     boilerplate text patterns only apply to blocks up to this length
 * @param semanticShare         a container the markup names as the article body wins when it scores at
 *                              least this share of the best container found by density alone
 * @param guardTextShare        a furniture-classed element holding at least this share of the page's
 *                              text is kept: a wrapper named "with-sidebar" is not a sidebar
 * @param structuredBodyShare   when the JSON-LD articleBody is longer than the extracted text by this
 *                              factor, the markup hid the text and the structured body is used instead
 * @param minArticleChars       main text shorter than this does not make a page an article
 */
public record ExtractionSettings(double maxLinkDensity, int longBlockChars, int minParagraphChars,
                                 int furnitureMaxChars, double semanticShare, double guardTextShare,
                                 double structuredBodyShare, int minArticleChars) {

    public ExtractionSettings {
        if (maxLinkDensity <= 0 || maxLinkDensity > 1) {
            throw new IllegalArgumentException("maxLinkDensity must be in (0, 1]: " + maxLinkDensity);
        }
        if (semanticShare <= 0 || guardTextShare <= 0 || structuredBodyShare <= 1) {
            throw new IllegalArgumentException("shares must be positive and structuredBodyShare > 1");
        }
    }

    /** The default: the best F1 on the extraction benchmarks. */
    public static ExtractionSettings balanced() {
        return new ExtractionSettings(0.5, 300, 40, 320, 0.6, 0.4, 2.0, 400);
    }

    /** Drops more doubtful blocks: for users who prefer missing a paragraph to keeping a menu. */
    public static ExtractionSettings precision() {
        return new ExtractionSettings(0.35, 500, 60, 400, 0.5, 0.5, 2.0, 400);
    }

    /** Keeps more doubtful blocks: for users who prefer some furniture to a missing paragraph. */
    public static ExtractionSettings recall() {
        return new ExtractionSettings(0.7, 200, 25, 200, 0.75, 0.3, 2.0, 300);
    }
}
