package org.veille.analyse.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear-chain tagging model: a weight per (feature bucket, tag) and a weight per pair of
 * neighbouring tags. Tagging a sequence is a Viterbi search over {@link Role#TAGS} tags that never lets
 * an inside tag follow another role's word. Immutable once built and safe to share between threads.
 * On disk, inside an {@link AttributionModel}: the table size, the transitions, then only the non-zero
 * weights (most of the table is empty).
 */
public final class SequenceModel {
    private final int bits;
    private final int mask;
    private final float[] weights;
    /** [previous tag + 1][tag]: row 0 is the start of a sequence. */
    private final float[] transitions;

    SequenceModel(int bits, float[] weights, float[] transitions) {
        if (weights.length != (1 << bits) * Role.TAGS || transitions.length != (Role.TAGS + 1) * Role.TAGS) {
            throw new IllegalArgumentException("weight tables of the wrong size for " + bits + " bits");
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** The best tag of each word of a sequence. */
    int[] tag(int[][] features) {
        return decode(features, weights, transitions, mask);
    }

    /** Viterbi over the given tables: the trainer decodes with its current weights the same way. */
    static int[] decode(int[][] features, float[] weights, float[] transitions, int mask) {
        int n = features.length;
        int tags = Role.TAGS;
        if (n == 0) {
            return new int[0];
        }
        float[][] best = new float[n][tags];
        int[][] back = new int[n][tags];
        float[] emission = new float[tags];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(emission, 0f);
            for (int f : features[i]) {
                int row = (f & mask) * tags;
                for (int t = 0; t < tags; t++) {
                    emission[t] += weights[row + t];
                }
            }
            for (int t = 0; t < tags; t++) {
                if (i == 0) {
                    best[0][t] = Role.allowed(Role.OUTSIDE, t) ? transitions[t] + emission[t] : Float.NEGATIVE_INFINITY;
                    continue;
                }
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < tags; p++) {
                    if (!Role.allowed(p, t) || best[i - 1][p] == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    float score = best[i - 1][p] + transitions[(p + 1) * tags + t];
                    if (score > top) {
                        top = score;
                        arg = p;
                    }
                }
                best[i][t] = top + emission[t];
                back[i][t] = arg;
            }
        }
        int[] path = new int[n];
        float top = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < tags; t++) {
            if (best[n - 1][t] > top) {
                top = best[n - 1][t];
                path[n - 1] = t;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    void write(DataOutputStream data) throws IOException {
        data.writeInt(bits);
        for (float t : transitions) {
            data.writeFloat(t);
        }
        int nonZero = 0;
        for (float w : weights) {
            nonZero += w != 0f ? 1 : 0;
        }
        data.writeInt(nonZero);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0f) {
                data.writeInt(i);
                data.writeFloat(weights[i]);
            }
        }
    }

    static SequenceModel read(DataInputStream data) throws IOException {
        int bits = data.readInt();
        if (bits < 8 || bits > 26) {
            throw new IOException("attribution model with a table of 2^" + bits + " rows");
        }
        float[] transitions = new float[(Role.TAGS + 1) * Role.TAGS];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.readFloat();
        }
        float[] weights = new float[(1 << bits) * Role.TAGS];
        int nonZero = data.readInt();
        for (int k = 0; k < nonZero; k++) {
            int i = data.readInt();
            if (i < 0 || i >= weights.length) {
                throw new IOException("attribution model damaged: weight index " + i);
            }
            weights[i] = data.readFloat();
        }
        return new SequenceModel(bits, weights, transitions);
    }
}
