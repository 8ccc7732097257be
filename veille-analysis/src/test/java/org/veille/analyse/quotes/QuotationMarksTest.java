package org.veille.analyse.quotes;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuotationMarksTest {
    private final QuotationMarks marks = new QuotationMarks();

    private List<String> quoted(List<String> paragraphs) {
        return marks.find(paragraphs).stream()
                .map(s -> paragraphs.get(s.paragraph()).substring(s.start(), s.end())).toList();
    }

    private List<String> quoted(String paragraph) {
        return quoted(List.of(paragraph));
    }

    @Test
    void reads_guillemets_with_and_without_inner_spaces() {
        assertEquals(List.of("Je dirais oui et non", "Pourquoi oui ?"),
                quoted("« Je dirais oui et non », a-t-il déclaré. «Pourquoi oui ?»"));
        assertEquals(List.of("Nous partirons"), quoted("Il a dit\u00a0: «\u202fNous partirons\u202f»."));
    }

    @Test
    void reads_curly_straight_and_german_quotes() {
        assertEquals(List.of("comme une menace"), quoted("considère l’Ukraine “comme une menace”, la raison"));
        assertEquals(List.of("We will win", "soon"), quoted("He said: \"We will win\" and \"soon\"."));
        assertEquals(List.of("Wir schaffen das"), quoted("Sie sagte: „Wir schaffen das“."));
        assertEquals(List.of("Wir schaffen das"), quoted("Sie sagte: »Wir schaffen das«."));
        assertEquals(List.of("Oui"), quoted("Il répond ‹ Oui ›."));
    }

    @Test
    void two_apostrophes_are_a_double_quote_but_an_apostrophe_is_not() {
        assertEquals(List.of("This isn't tax reform,", "It's anti-reform."),
                quoted("''This isn't tax reform,'' said Douglas Holtz-Eakin. ''It's anti-reform.''"));
        assertEquals(List.of(), quoted("the voters' choice and the candidates' plans"));
    }

    @Test
    void apostrophes_are_not_quotation_marks() {
        assertEquals(List.of(), quoted("L’armée n’a pas bougé, and it’s not the ‘first’ time."));
        assertEquals(List.of(), quoted("He is 5' 11\" tall, and a 12\" pizza."));
    }

    @Test
    void a_quotation_inside_a_quotation_gets_its_own_deeper_span() {
        List<QuotedSpan> spans = marks.find(List.of("He said: “They told me ‘no way’, and I left.”"));
        assertEquals(2, spans.size());
        assertEquals(0, spans.get(0).depth());
        assertEquals(1, spans.get(1).depth());
        assertEquals(List.of("They told me ‘no way’, and I left.", "no way"),
                quoted("He said: “They told me ‘no way’, and I left.”"));
        assertEquals(List.of("Ils ont parlé d’“erreur”, c’est faux", "erreur"),
                quoted("« Ils ont parlé d’“erreur”, c’est faux », dit-elle."));
    }

    @Test
    void a_quotation_over_several_paragraphs_gives_one_span_each_the_later_ones_continued() {
        List<String> paragraphs = List.of(
                "Il a expliqué: “Le fait que cela ne se soit pas produit.",
                "“Les pertes parmi l’armée pourraient conduire à des protestations.",
                "“C’est pourquoi la décision a été pragmatique.”",
                "Une autre phrase, “sans rapport”.");
        List<QuotedSpan> spans = marks.find(paragraphs);
        assertEquals(List.of("Le fait que cela ne se soit pas produit.",
                "Les pertes parmi l’armée pourraient conduire à des protestations.",
                "C’est pourquoi la décision a été pragmatique.", "sans rapport"), quoted(paragraphs));
        assertEquals(List.of(false, true, true, false), spans.stream().map(QuotedSpan::continued).toList());
        assertEquals(List.of(false, false, true, true), spans.stream().map(QuotedSpan::closed).toList());
    }

    @Test
    void a_paragraph_opening_with_a_mark_after_a_closed_quotation_starts_anew() {
        List<QuotedSpan> spans = marks.find(List.of("« Oui », dit-il.", "« Non », répond-elle."));
        assertFalse(spans.get(1).continued());
        assertTrue(spans.get(1).closed());
    }
}
