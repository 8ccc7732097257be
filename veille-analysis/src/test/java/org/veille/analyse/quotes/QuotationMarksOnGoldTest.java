package org.veille.analyse.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.SharedData;
import org.veille.eval.quotes.FrNewsQuoteSet;
import org.veille.eval.quotes.GoldArticle;
import org.veille.eval.quotes.GoldQuote;
import org.veille.eval.quotes.Span;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the French gold set's own texts (skips without {@code ../shared}): every quotation the annotators
 * marked as direct or mixed sits between quotation marks, so the mark scanner must find nearly all of
 * them. Those it misses are quotes whose marks the page did not use consistently.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuotationMarksOnGoldTest {

    @Test
    void finds_the_marked_quotations_of_the_french_gold_set() {
        Path set = SharedData.eval("quotes/fr-news-dev");
        int marked = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (GoldArticle article : FrNewsQuoteSet.read(set)) {
            List<Span> spans = spansInText(article.text());
            for (GoldQuote q : article.quotes()) {
                if (!"direct".equals(q.kind()) && !"mixed".equals(q.kind())) {
                    continue;
                }
                marked++;
                if (spans.stream().anyMatch(s -> q.span().coveredBy(s) >= 0.8 && s.coveredBy(q.span()) >= 0.5)) {
                    found++;
                } else {
                    missed.add(q.text());
                }
            }
        }
        assertTrue(found >= 0.95 * marked, found + " of " + marked + " found; missed " + missed);
    }

    /** The quoted spans of a gold text, as code point spans of the whole text (paragraphs split on blank lines). */
    private static List<Span> spansInText(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int at = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(p);
            offsets.add(at);
            at += p.length() + 2;
        }
        List<Span> spans = new ArrayList<>();
        for (QuotedSpan s : new QuotationMarks().find(paragraphs)) {
            int base = offsets.get(s.paragraph());
            spans.add(new Span(text.codePointCount(0, base + s.start()), text.codePointCount(0, base + s.end())));
        }
        return spans;
    }
}
