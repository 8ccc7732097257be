package org.veille.eval.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DateAgreementTest {
    // "He spoke on Monday, Oct. 17 and will return next year."
    private static final String TEXT = "He spoke on Monday, Oct. 17 and will return next year.";

    private static DateSpan span(String words, String value) {
        int start = TEXT.indexOf(words);
        return new DateSpan(start, start + words.length(), words, value);
    }

    @Test
    void pairsOneToOneByLargestOverlap() {
        DateSpan sutime = span("Monday, Oct. 17", "2016-10-17");
        DateSpan monday = span("Monday", "2016-10-17");
        DateSpan oct17 = span("Oct. 17", "2016-10-17");
        DateMatcher.Alignment a = DateMatcher.align(List.of(sutime), List.of(monday, oct17));
        assertEquals(1, a.pairs().size());
        assertEquals(oct17, a.pairs().get(0).predicted(), "7 shared characters beat 6");
        assertEquals(List.of(monday), a.invented());
        assertEquals(List.of(), a.missed());
    }

    @Test
    void countsSpansValuesAndFindings() {
        DateAgreement agreement = new DateAgreement();
        agreement.add("doc", TEXT,
                List.of(span("Monday, Oct. 17", "2016-10-17"), span("next year", "2017")),
                List.of(span("Oct. 17", "2016-10"), span("return", "2016-10-18")));
        agreement.add("doc2", TEXT, List.of(span("next year", "2017")), List.of(span("next year", "2018")));
        agreement.add("doc3", TEXT, List.of(span("next year", "PRESENT_REF")), List.of(span("next year", null)));
        assertEquals(4, agreement.referenceCount());
        assertEquals(4, agreement.predictedCount());
        assertEquals(3, agreement.paired());
        assertEquals(0.75, agreement.spanScore().precision(), 1e-9);
        assertEquals(0.75, agreement.spanScore().recall(), 1e-9);
        assertEquals(2, agreement.compared());
        assertEquals(0, agreement.equal());
        assertEquals(1, agreement.equalAtSharedPrecision(), "2016-10 contains 2016-10-17");
        assertEquals(1, agreement.notComparable());
        List<DateAgreement.Kind> kinds = agreement.findings().stream().map(DateAgreement.Finding::kind).toList();
        assertEquals(List.of(DateAgreement.Kind.INVENTED, DateAgreement.Kind.MISSED, DateAgreement.Kind.VALUE_DIFFERS), kinds,
                "reading order within a text: 'return' before 'next year'");
    }
}
