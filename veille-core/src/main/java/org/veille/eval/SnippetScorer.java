package org.veille.eval;

import java.util.List;

/**
 * The trafilatura snippet test: is each {@code with} snippet in the extracted text, and each {@code without}
 * snippet kept out of it? Both sides are whitespace-normalised (so paragraph breaks and NBSPs in the output
 * do not matter), and the test is a case-sensitive substring test, as the README defines it.
 */
public final class SnippetScorer {

    /**
     * Counts one page. A snippet that normalises to nothing would trivially be "found", so it is skipped
     * (none occurs in the shipped sets). A null text counts as empty: every {@code with} snippet is missed.
     */
    public SnippetCounts count(String extractedText, List<String> with, List<String> without) {
        String text = WhitespaceNormalizer.normalize(extractedText);
        long tp = 0;
        long fn = 0;
        long fp = 0;
        long tn = 0;
        for (String snippet : with) {
            String s = WhitespaceNormalizer.normalize(snippet);
            if (!s.isEmpty()) {
                if (text.contains(s)) {
                    tp++;
                } else {
                    fn++;
                }
            }
        }
        for (String snippet : without) {
            String s = WhitespaceNormalizer.normalize(snippet);
            if (!s.isEmpty()) {
                if (text.contains(s)) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new SnippetCounts(tp, fn, fp, tn);
    }
}
