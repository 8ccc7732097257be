package org.veille.language;

import java.util.Map;

/**
 * An immutable word-to-language-mask table that is looked up from a character buffer, so scanning an
 * article allocates no string per word. Open addressing with linear probing, load factor at most 1/2.
 */
final class WordTable {

    private final char[][] keys;
    /** Each key's hash beside it: a miss (most words) is told without following the key's pointer. */
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int shift;

    WordTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 2 - 1)) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            char[] key = entry.getKey().toCharArray();
            int slot = slot(entry.getKey().hashCode());
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = entry.getKey().hashCode();
            values[slot] = entry.getValue();
        }
    }

    /** The mask stored for the word in {@code buffer[offset, offset + length)}, else 0. */
    int get(char[] buffer, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + buffer[i];
        }
        return get(buffer, offset, length, hash);
    }

    /** As {@link #get(char[], int, int)} with the word's {@link String#hashCode()} already computed. */
    int get(char[] buffer, int offset, int length, int hash) {
        int slot = slot(hash);
        char[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == hash && key.length == length && matches(key, buffer, offset)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** The mask stored for {@code word}, else 0. */
    int get(String word) {
        return get(word.toCharArray(), 0, word.length());
    }

    private static boolean matches(char[] key, char[] buffer, int offset) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != buffer[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fibonacci hashing: the hash codes of short words are small, near-consecutive numbers that would
     * cluster under a plain mask and make linear probing crawl.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
