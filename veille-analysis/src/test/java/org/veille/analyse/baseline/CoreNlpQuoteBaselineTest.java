package org.veille.analyse.baseline;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.veille.model.Mention;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CoreNLP's own quotations and speakers on a short article of our own, through the real models: slow
 * but real (the full English pipeline loads once for the class, 30-60 s and about 1.5 GB, hence its own
 * JVM: see the module's pom).
 */
@Tag("corenlp-baseline")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoreNlpQuoteBaselineTest {
    private static final CoreNlpQuoteBaseline BASELINE = new CoreNlpQuoteBaseline();

    // An emoji (two chars, one code point) before the quotes checks that offsets count code points.
    private static final List<String> ARTICLE = List.of(
            "Senator Mary Smith \uD83D\uDE00 spoke in Ohio on Monday.",
            "\"I will win this race,\" she said. \"The voters know me.\"",
            "John Brown, her rival, disagreed. \u201CShe has no chance,\u201D John Brown told reporters.");
    private static final String BODY = String.join("\n\n", ARTICLE);

    /** The words at code point offsets [start, end) of the body. */
    private static String at(int start, int end) {
        int from = BODY.offsetByCodePoints(0, start);
        return BODY.substring(from, BODY.offsetByCodePoints(from, end - start));
    }

    private static String at(Mention m) {
        return at(m.start(), m.end());
    }

    @Test
    void finds_each_quotation_inside_its_marks_with_code_point_offsets() {
        List<Quote> quotes = BASELINE.quotes(null, ARTICLE);

        assertEquals(List.of("I will win this race,", "The voters know me.", "She has no chance,"),
                quotes.stream().map(Quote::text).toList(), quotes.toString());
        for (Quote q : quotes) {
            assertEquals(q.text(), at(q.start(), q.end()), "offsets are code points into the body: " + q);
            assertEquals(QuoteKind.DIRECT, q.kind());
            assertFalse(q.inTitle());
        }
    }

    @Test
    void names_the_speaker_a_pronoun_stands_for_and_marks_where_the_text_names_it() {
        List<Quote> quotes = BASELINE.quotes(null, ARTICLE);

        Quote first = quotes.get(0);
        assertEquals("Mary Smith", first.speaker(), "coreference turns \"she\" into the name: " + first);
        assertEquals("she", at(first.speakerMention()));
        Quote third = quotes.get(2);
        assertEquals("John Brown", at(third.speakerMention()), "a mention of two words, both kept: " + third);
        assertTrue(third.speaker().endsWith("Brown"), third.toString());
    }

    @Test
    void reports_a_headline_quotation_in_title_offsets() {
        List<Quote> quotes = BASELINE.quotes("\u201CWe will not back down,\u201D says mayor", List.of("The mayor spoke."));

        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertTrue(q.inTitle());
        assertEquals("We will not back down,", q.text());
        assertEquals(1, q.start());
    }
}
