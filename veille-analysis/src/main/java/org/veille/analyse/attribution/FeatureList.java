package org.veille.analyse.attribution;

import java.util.Arrays;

/**
 * The features of one word, hashed as they are added: a feature is a name and a few values ("the word
 * before is …"), and its hash is built from their own hashes without ever writing the feature out as a
 * string. The names are literals and the values are strings made once per word, whose hashes Java
 * keeps, so describing a word costs a few multiplications per feature instead of building and hashing
 * fifty strings (which was most of the tagger's time). Reused from word to word; not thread-safe.
 */
final class FeatureList {
    private int[] hashes = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    void add(String name) {
        push(name.hashCode());
    }

    void add(String name, String a) {
        push(step(name.hashCode(), a));
    }

    void add(String name, String a, String b) {
        push(step(step(name.hashCode(), a), b));
    }

    void add(String name, String a, String b, String c) {
        push(step(step(step(name.hashCode(), a), b), c));
    }

    /** Adds features already hashed. */
    void addAll(int[] already) {
        for (int h : already) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * size);
            }
            hashes[size++] = h;
        }
    }

    int[] toArray() {
        return Arrays.copyOf(hashes, size);
    }

    private void push(int h) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, 2 * size);
        }
        hashes[size++] = mix(h);
    }

    /** One more value: multiplied in first, so that ("ab", "c") and ("a", "bc") differ. */
    private static int step(int h, String value) {
        return (h * 0x01000193) ^ value.hashCode();
    }

    /** Murmur3's finaliser: spreads the bits so that the model's table is filled evenly. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
