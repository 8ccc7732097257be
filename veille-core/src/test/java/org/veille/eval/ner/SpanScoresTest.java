package org.veille.eval.ner;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpanScoresTest {

    @Test
    void reads_iob2_spans_as_conlleval_does() {
        assertEquals(List.of(new EntitySpan("PER", 0, 2), new EntitySpan("LOC", 3, 4)),
                EntitySpan.fromIob2(List.of("B-PER", "I-PER", "O", "B-LOC")));
        // A stray I- tag starts an entity; a B- after an entity of the same type starts another.
        assertEquals(List.of(new EntitySpan("ORG", 1, 2), new EntitySpan("ORG", 2, 3), new EntitySpan("MISC", 3, 4)),
                EntitySpan.fromIob2(List.of("O", "I-ORG", "B-ORG", "I-MISC")));
    }

    @Test
    void counts_only_exact_spans_of_the_right_type() {
        SpanScores scores = new SpanScores();
        scores.add(List.of(new EntitySpan("PER", 0, 2), new EntitySpan("LOC", 5, 6)),
                List.of(new EntitySpan("PER", 0, 2), new EntitySpan("LOC", 4, 6), new EntitySpan("ORG", 8, 9)));
        assertEquals(1.0 / 3, scores.score(null).precision(), 1e-12);
        assertEquals(0.5, scores.score(null).recall(), 1e-12);
        assertEquals(1.0, scores.score("PER").f1(), 1e-12);
        assertEquals(0.0, scores.score("LOC").f1(), 1e-12);
        assertEquals(2, scores.gold(null));
    }

    @Test
    void a_sentence_reads_back_as_text_and_entities() {
        TaggedSentence s = new TaggedSentence(List.of("Pavel", "Slunkin", "a", "parlé"), List.of("B-PER", "I-PER", "O", "O"));
        assertEquals("Pavel Slunkin a parlé", s.text());
        assertEquals(List.of(new EntitySpan("PER", 0, 2)), s.entities());
    }
}
