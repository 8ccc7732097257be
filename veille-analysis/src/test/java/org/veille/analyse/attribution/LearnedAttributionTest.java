package org.veille.analyse.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.eval.quotes.RoleAnnotatedText;
import org.veille.eval.quotes.RoleSpan;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learned path end to end, through the real CoreNLP annotator: a corpus of our own, written from
 * templates with its attributions marked, trains a model; the model then finds attributions and their
 * speakers in paragraphs it never saw, with names it never saw.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LearnedAttributionTest {
    private static final String[] NAMES = {"John Carter", "Linda Hayes", "Robert Miles", "Susan Ward", "Peter Grant",
            "Nancy Cole", "David Price", "Karen Lloyd", "Thomas Reed", "Helen Stone"};
    private static final String[] CLAUSES = {"the budget would be cut next year", "taxes were far too high",
            "the plant will close in the spring", "the vote had been delayed", "the council needs more money",
            "the new road is unsafe", "prices will rise again", "the school should stay open",
            "the deal was good for workers", "the report was wrong"};
    private static final String[] QUOTES = {"We will not give up", "This is a disaster for the town",
            "Nobody told us anything", "I am proud of the team", "The numbers do not add up"};
    private static final String[] FILLERS = {"The meeting took place in Springfield on Tuesday.",
            "The town has about forty thousand people.", "Work on the bridge began last summer.",
            "Several hundred people attended the event."};

    private static Analyser analyser;

    /** Builds a text paragraph by paragraph, recording where each role's words are. */
    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private final List<RoleSpan> spans = new ArrayList<>();
        private int relation;

        Writer paragraph() {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            return this;
        }

        Writer plain(String words) {
            text.append(words);
            return this;
        }

        Writer role(String role, String words) {
            spans.add(new RoleSpan(relation, role, text.length(), text.length() + words.length()));
            text.append(words);
            return this;
        }

        Writer next() {
            relation++;
            return this;
        }
    }

    private static void attribution(Writer w, Random r, String name, boolean pronoun) {
        String clause = CLAUSES[r.nextInt(CLAUSES.length)];
        String source = pronoun ? (name.startsWith("Linda") || name.startsWith("Susan") || name.startsWith("Nancy")
                || name.startsWith("Karen") || name.startsWith("Helen") ? "She" : "He") : name;
        w.paragraph().next();
        switch (r.nextInt(4)) {
            case 0 -> w.role("Source", source).plain(" ").role("Cue", "said").plain(" that ").role("Content", clause).plain(".");
            case 1 -> w.role("Content", "“" + QUOTES[r.nextInt(QUOTES.length)] + ",”").plain(" ").role("Source", source)
                    .plain(" ").role("Cue", "said").plain(".");
            case 2 -> w.role("Cue", "According to").plain(" ").role("Source", pronoun ? "the mayor" : name).plain(", ")
                    .role("Content", clause).plain(".");
            default -> w.role("Source", source).plain(" ").role("Cue", "argued").plain(" that ").role("Content", clause).plain(".");
        }
    }

    private static RoleAnnotatedText article(Random r, int n) {
        Writer w = new Writer();
        String name = NAMES[r.nextInt(NAMES.length)];
        w.plain(FILLERS[r.nextInt(FILLERS.length)]);
        for (int p = 0; p < 3; p++) {
            attribution(w, r, name, p > 0 && r.nextBoolean());
            if (r.nextBoolean()) {
                w.paragraph().plain(FILLERS[r.nextInt(FILLERS.length)]);
            }
        }
        return new RoleAnnotatedText("a" + n, w.text.toString(), w.spans);
    }

    @BeforeAll
    static void train() {
        Random random = new Random(11);
        List<RoleAnnotatedText> corpus = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            corpus.add(article(random, i));
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(true);
        AttributionModel model = AttributionTraining.train(corpus, annotator, "en",
                new AttributionTraining.Settings(16, 8, 1, 2, 2), m -> { });
        analyser = new Analyser(annotator, List.of(new AttributionTagger(model)));
    }

    private static List<Quote> quotes(String... paragraphs) {
        return analyser.analyse(null, List.of(paragraphs), "en").quotes();
    }

    @Test
    void a_reported_clause_and_its_named_speaker_with_a_name_never_seen() {
        List<Quote> quotes = quotes("The hearing lasted two hours.", "Margaret Olsen said that the harbour would reopen in May.");
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertTrue(q.text().contains("the harbour would reopen in May"), q.text());
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("Margaret Olsen", q.speaker());
        assertEquals("Margaret Olsen", q.speakerMention().text());
        assertEquals("said", q.cue());
    }

    @Test
    void a_pronoun_source_is_the_latest_speaker_it_can_stand_for() {
        List<Quote> quotes = quotes("Margaret Olsen said that the harbour would reopen in May.",
                "She argued that the council needs more money.");
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("Margaret Olsen", quotes.get(1).speaker());
        assertEquals("She", quotes.get(1).speakerMention().text());
        assertTrue(quotes.get(1).confidence() < quotes.get(0).confidence(), "a pronoun is less sure than a name");
    }

    @Test
    void a_pronoun_skips_a_speaker_the_article_shows_to_be_of_the_other_gender() {
        List<Quote> quotes = quotes("Mrs. Margaret Olsen said that the harbour would reopen in May.",
                "Mr. Walter Brandt said that taxes were far too high.",
                "She argued that the council needs more money.");
        assertEquals(3, quotes.size(), quotes.toString());
        assertEquals("Walter Brandt", quotes.get(1).speaker());
        assertEquals("She", quotes.get(2).speakerMention().text());
        assertEquals("Margaret Olsen", quotes.get(2).speaker(), "not Mr. Brandt, the latest speaker");
    }

    @Test
    void a_direct_quotation_loses_its_marks_and_keeps_its_kind() {
        List<Quote> quotes = quotes("“The numbers do not add up,” Walter Brandt said.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(QuoteKind.DIRECT, quotes.get(0).kind());
        assertEquals("The numbers do not add up", quotes.get(0).text());
        assertEquals("Walter Brandt", quotes.get(0).speaker());
    }

    @Test
    void paragraphs_without_attribution_give_nothing() {
        assertEquals(List.of(), quotes("The meeting took place in Springfield on Tuesday.", "Work on the bridge began last summer."));
    }

    @Test
    void a_text_without_parts_of_speech_is_refused_rather_than_tagged_badly() {
        Analyser plain = new Analyser(new CoreNlpAnnotator(false), List.of(analyserTagger()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plain.analyse(null, List.of("Margaret Olsen said that the harbour would reopen."), "en"));
        assertTrue(e.getMessage().contains("parts of speech"), e.getMessage());
    }

    @Test
    void french_keeps_the_rules() {
        List<Quote> quotes = analyser.analyse(null, List.of("« Nous ne céderons pas », a déclaré Marie Dupont."), "fr").quotes();
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("Marie Dupont", quotes.get(0).speaker());
        assertEquals("a déclaré", quotes.get(0).cue());
    }

    private static AttributionTagger analyserTagger() {
        Random random = new Random(5);
        List<RoleAnnotatedText> corpus = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            corpus.add(article(random, i));
        }
        return new AttributionTagger(AttributionTraining.train(corpus, new CoreNlpAnnotator(true), "en",
                new AttributionTraining.Settings(12, 1, 1, 1, 2), m -> { }));
    }
}
