package org.veille.analyse.attribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.veille.analyse.nlp.Token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The perceptron and the model file on sequences of our own: words are feature numbers, and the tags
 * follow a rule the trainer must find ("a cue word, then content until a stop word").
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SequenceLearningTest {
    private static final int CUE = 1;
    private static final int STOP = 2;

    /** Random words 10..29, a cue word somewhere, content after it until a stop word or the end. */
    private static PerceptronTrainer.Example example(Random random) {
        int n = 6 + random.nextInt(10);
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = 10 + random.nextInt(20);
        }
        int cue = random.nextInt(n - 2);
        words[cue] = CUE;
        int stop = cue + 2 + random.nextInt(n - cue - 1);
        if (stop < n) {
            words[stop] = STOP;
        }
        int[] tags = new int[n];
        for (int i = cue + 1; i < Math.min(stop, n); i++) {
            tags[i] = i == cue + 1 ? Role.CONTENT.begin() : Role.CONTENT.inside();
        }
        tags[cue] = Role.CUE.begin();
        int[][] features = new int[n][];
        List<Token> tokens = new ArrayList<>();
        int[] sentences = new int[n];
        for (int i = 0; i < n; i++) {
            FeatureList f = new FeatureList();
            f.add("w", Integer.toString(words[i]));
            f.add("w-1", Integer.toString(i > 0 ? words[i - 1] : -1));
            features[i] = f.toArray();
            tokens.add(new Token("w" + words[i], 3 * i, 3 * i + 2, null));
        }
        return new PerceptronTrainer.Example(new TokenSequence(tokens, features, sentences), tags);
    }

    private static AttributionModel trained() {
        Random random = new Random(7);
        List<PerceptronTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            examples.add(example(random));
        }
        SequenceModel stage = new PerceptronTrainer(12, 5, 1).train(examples, e -> { });
        return new AttributionModel("en", Set.of("said"), List.of(stage));
    }

    @Test
    void the_trainer_learns_a_rule_that_spans_words_and_tags_unseen_sequences_by_it() {
        AttributionModel model = trained();
        Random unseen = new Random(99);
        int right = 0;
        int total = 0;
        for (int i = 0; i < 100; i++) {
            PerceptronTrainer.Example e = example(unseen);
            int[] tags = AttributionTagger.tags(model.stages(), e.sequence());
            for (int k = 0; k < tags.length; k++) {
                right += tags[k] == e.tags()[k] ? 1 : 0;
                total++;
                if (k > 0) {
                    assertTrue(Role.allowed(tags[k - 1], tags[k]), "decoding never breaks a span");
                }
            }
        }
        assertTrue(right > 0.97 * total, right + " of " + total);
    }

    @Test
    void a_model_written_and_read_back_tags_the_same() throws IOException {
        AttributionModel model = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        AttributionModel back = AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("en", back.language());
        assertEquals(Set.of("said"), back.cueWords());
        PerceptronTrainer.Example e = example(new Random(3));
        assertArrayEquals(AttributionTagger.tags(model.stages(), e.sequence()), AttributionTagger.tags(back.stages(), e.sequence()));
    }

    @Test
    void a_model_of_another_version_is_refused_with_what_to_do() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
            out.writeUTF("veille-attribution");
            out.writeInt(AttributionModel.VERSION - 1);
        }
        IOException e = assertThrows(IOException.class, () -> AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().contains("version " + (AttributionModel.VERSION - 1)) && e.getMessage().contains("train it again"),
                e.getMessage());
    }

    @Test
    void a_file_that_is_not_a_model_is_refused_by_name() {
        IOException notGzip = assertThrows(IOException.class,
                () -> AttributionModel.read(new ByteArrayInputStream("hello".getBytes())));
        assertTrue(notGzip.getMessage().contains("not a Veille attribution model"), notGzip.getMessage());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AttributionModel model = trained();
        IOException truncated = assertThrows(IOException.class, () -> {
            model.write(bytes);
            byte[] half = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
            AttributionModel.read(new ByteArrayInputStream(half));
        });
        assertTrue(truncated.getMessage().contains("damaged") || truncated.getMessage().contains("Unexpected end"),
                truncated.getMessage());
    }
}
