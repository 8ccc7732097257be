package org.veille.language;

import java.util.Map;

/**
 * An immutable word-to-language-mask table that is looked up from a character buffer, so scanning an
 * article allocates no string per word. Open addressing with linear probing, load factor at most 1/2.
 */
final class WordTable {

    private final String[] keys;
    private final int[] values;
    private final int mask;

    WordTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String key = entry.getKey();
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
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
        int slot = spread(hash) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key.length() == length && matches(key, buffer, offset)) {
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

    private static boolean matches(String key, char[] buffer, int offset) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != buffer[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
