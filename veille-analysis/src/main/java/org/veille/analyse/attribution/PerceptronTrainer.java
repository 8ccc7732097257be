package org.veille.analyse.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link SequenceModel} with the averaged structured perceptron (Collins, 2002): tag each
 * training sequence with the current weights, and where the tags differ from the gold ones, move the
 * weights towards the gold tags' features and away from the predicted ones. The weights returned are
 * the average over every step, which generalises far better than the last ones; the average is kept
 * with the usual trick of a second table of time-weighted updates, so each step costs only its updates.
 *
 * <p>Sequences are visited in a shuffled order each epoch, from a fixed seed: the same corpus and
 * settings give the same model.
 */
public final class PerceptronTrainer {
    /** A paragraph with its gold tags. */
    public record Example(TokenSequence sequence, int[] tags) {
        public Example {
            if (tags.length != sequence.size()) {
                throw new IllegalArgumentException(tags.length + " tags for " + sequence.size() + " words");
            }
        }
    }

    /** How one epoch went: the share of words the weights tagged right before each update. */
    public record Epoch(int number, double wordAccuracy) {
    }

    private final int bits;
    private final int epochs;
    private final long seed;

    /**
     * @param bits   log2 of the feature table's rows (20: a million rows, 29 MB of weights)
     * @param epochs passes over the corpus
     * @param seed   for the order of the passes
     */
    public PerceptronTrainer(int bits, int epochs, long seed) {
        if (bits < 8 || bits > 26 || epochs < 1) {
            throw new IllegalArgumentException("bits in [8, 26] and at least one epoch");
        }
        this.bits = bits;
        this.epochs = epochs;
        this.seed = seed;
    }

    public SequenceModel train(List<Example> examples, Consumer<Epoch> progress) {
        int tags = Role.TAGS;
        int mask = (1 << bits) - 1;
        float[] weights = new float[(1 << bits) * tags];
        double[] weighted = new double[weights.length];
        float[] transitions = new float[(tags + 1) * tags];
        double[] weightedTransitions = new double[transitions.length];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            long right = 0;
            long words = 0;
            for (Example example : order) {
                int[][] features = example.sequence().features();
                int[] gold = example.tags();
                int[] predicted = SequenceModel.decode(features, weights, transitions, mask);
                for (int i = 0; i < gold.length; i++) {
                    words++;
                    if (gold[i] == predicted[i]) {
                        right++;
                        continue;
                    }
                    for (int f : features[i]) {
                        int row = (f & mask) * tags;
                        weights[row + gold[i]] += 1f;
                        weighted[row + gold[i]] += step;
                        weights[row + predicted[i]] -= 1f;
                        weighted[row + predicted[i]] -= step;
                    }
                }
                for (int i = 0; i < gold.length; i++) {
                    int goldPair = ((i == 0 ? -1 : gold[i - 1]) + 1) * tags + gold[i];
                    int predictedPair = ((i == 0 ? -1 : predicted[i - 1]) + 1) * tags + predicted[i];
                    if (goldPair != predictedPair) {
                        transitions[goldPair] += 1f;
                        weightedTransitions[goldPair] += step;
                        transitions[predictedPair] -= 1f;
                        weightedTransitions[predictedPair] -= step;
                    }
                }
                step++;
            }
            progress.accept(new Epoch(epoch, words == 0 ? 1 : (double) right / words));
        }
        return new SequenceModel(bits, average(weights, weighted, step), average(transitions, weightedTransitions, step));
    }

    /** w − (Σ step·Δ) / steps: the mean of the weights over every step. */
    private static float[] average(float[] weights, double[] weighted, long steps) {
        float[] mean = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            mean[i] = (float) (weights[i] - weighted[i] / steps);
        }
        return mean;
    }
}
