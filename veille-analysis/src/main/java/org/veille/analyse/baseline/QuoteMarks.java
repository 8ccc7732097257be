package org.veille.analyse.baseline;

/**
 * The words of a quotation without the marks around them. CoreNLP's quote spans run from the opening
 * mark to the closing one; Veille's, and the scorer's comparisons with them, hold only what is inside.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * The span inside the marks of the quotation {@code text[start, end)}: one character off each end,
     * or two for the doubled ASCII marks (``…'' and ''…'') that CoreNLP also reads as quotation marks.
     * A span too short to hold two marks comes back empty, at its start.
     */
    static int[] inside(String text, int start, int end) {
        String quote = text.substring(start, end);
        int open = quote.startsWith("``") || quote.startsWith("''") ? 2 : 1;
        int close = quote.endsWith("''") && open == 2 ? 2 : 1;
        if (quote.length() < open + close) {
            return new int[] {start, start};
        }
        return new int[] {start + open, end - close};
    }
}
