package org.veille.store.text;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs a chain of word-by-word filters once per distinct word, and gives every later occurrence of that
 * word the remembered result.
 *
 * <p>Why: the filters after the tokenizer (elision, lower case, stop words, stemming, accent folding)
 * were about three quarters of the analysis time when ingesting, and analysis was the largest part of
 * ingest. News text repeats its words (the few thousand commonest make up most of any article), so
 * most words are looked up here instead of going through five filters again.
 *
 * <p>The chain must treat each word on its own: emit it changed, or drop it, reading nothing but its
 * characters. Elision, lower-casing, stop words, possessives, stemmers and folding do; a filter that
 * splits, joins or injects words (synonyms, word delimiters, shingles) does not belong here, and one
 * that emits two tokens for a word is refused at the first such word. A dropped word adds its position
 * increment to the next kept one, as {@link org.apache.lucene.analysis.FilteringTokenFilter} does, so
 * phrase queries see the same gaps. Offsets and types come from the tokenizer and pass through.
 *
 * <p>The cache lives in the filter, so in the analyser's per-thread components: nothing is shared
 * between threads. It holds at most {@code capacity} words; when full it starts again empty, which
 * keeps the words of the current stretch of text rather than those of its first pages.
 */
final class WordCacheFilter extends TokenFilter {
    /** Distinct words remembered per chain: a large news vocabulary, a few MB per thread and field. */
    static final int DEFAULT_CAPACITY = 65_536;
    /** The result for a word the chain drops. */
    private static final char[] DROPPED = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OneWord word = new OneWord();
    private final TokenStream chain;
    private final CharTermAttribute chainTerm;
    private final Words cache;
    /** Positions of words dropped after the last kept one, added at {@link #end()}. */
    private int trailingGap;

    /**
     * @param input       the tokenizer's words
     * @param wordFilters builds the word-by-word chain over the stream it is given
     * @param capacity    distinct words to remember before starting again empty
     */
    WordCacheFilter(TokenStream input, UnaryOperator<TokenStream> wordFilters, int capacity) {
        super(input);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.chain = wordFilters.apply(word);
        this.chainTerm = chain.addAttribute(CharTermAttribute.class);
        this.cache = new Words(capacity);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int gap = 0;
        while (input.incrementToken()) {
            char[] result = cache.get(term.buffer(), term.length());
            if (result == null) {
                result = runChain();
            }
            if (result == DROPPED) {
                gap += increment.getPositionIncrement();
                continue;
            }
            term.copyBuffer(result, 0, result.length);
            if (gap != 0) {
                increment.setPositionIncrement(increment.getPositionIncrement() + gap);
            }
            return true;
        }
        trailingGap = gap;
        return false;
    }

    /** Runs the chain on the current word alone, and remembers what it made of it. */
    private char[] runChain() throws IOException {
        char[] key = Arrays.copyOf(term.buffer(), term.length());
        word.set(key);
        char[] result;
        try {
            chain.reset();
            result = chain.incrementToken() ? Arrays.copyOf(chainTerm.buffer(), chainTerm.length()) : DROPPED;
            if (result != DROPPED && chain.incrementToken()) {
                throw new IllegalStateException("a word filter emitted two tokens for \"" + new String(key)
                        + "\": only filters that keep, change or drop each word on its own can be cached");
            }
            chain.end();
        } finally {
            chain.close();
        }
        cache.put(key, result);
        return result;
    }

    /** Slots in the cache's table now: it starts small and grows with the distinct words seen. */
    int cacheSlots() {
        return cache.slots();
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(increment.getPositionIncrement() + trailingGap);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        trailingGap = 0;
    }

    /**
     * Words and their results, by open addressing with the hashes kept beside the keys: a lookup
     * compares characters only when the hashes agree. Lucene's CharArrayMap keeps no hashes and
     * compares characters at every probe, which cost more than the filters it spared. At most half
     * full: the table starts small and doubles as words arrive (a server's request threads each hold
     * one per field, most of them for a few query words), up to twice the capacity; at capacity it
     * empties and starts again.
     */
    private static final class Words {
        private static final int INITIAL_SLOTS = 64;

        private final int capacity;
        private final int maxSlots;
        private int mask;
        private int[] hashes;
        private char[][] keys;
        private char[][] values;
        private int size;

        Words(int capacity) {
            this.capacity = capacity;
            this.maxSlots = Math.max(INITIAL_SLOTS, Integer.highestOneBit(Math.max(2, capacity) - 1) << 2);
            allocate(Math.min(INITIAL_SLOTS, maxSlots));
        }

        private void allocate(int slots) {
            mask = slots - 1;
            hashes = new int[slots];
            keys = new char[slots][];
            values = new char[slots][];
        }

        char[] get(char[] text, int length) {
            int hash = hash(text, length);
            for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && same(keys[slot], text, length)) {
                    return values[slot];
                }
            }
            return null;
        }

        /** Adds a word not in the table. */
        void put(char[] key, char[] value) {
            if (size >= capacity) {
                Arrays.fill(keys, null);
                Arrays.fill(values, null);
                size = 0;
            } else if ((size + 1) * 2 > keys.length && keys.length < maxSlots) {
                grow();
            }
            insert(hash(key, key.length), key, value);
            size++;
        }

        private void grow() {
            int[] oldHashes = hashes;
            char[][] oldKeys = keys;
            char[][] oldValues = values;
            allocate(keys.length * 2);
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldKeys[slot] != null) {
                    insert(oldHashes[slot], oldKeys[slot], oldValues[slot]);
                }
            }
        }

        private void insert(int hash, char[] key, char[] value) {
            int slot = hash & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            keys[slot] = key;
            values[slot] = value;
        }

        int slots() {
            return keys.length;
        }

        /**
         * By hand rather than {@code Arrays.equals}: words are a few chars long, and the library's
         * vectorised comparison spends more on its set-up and range checks than on the chars
         * (4.6% of ingest in a profile, against the filters' own 11% it was there to spare).
         */
        private static boolean same(char[] key, char[] text, int length) {
            if (key.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (key[i] != text[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(char[] text, int length) {
            int h = length;
            for (int i = 0; i < length; i++) {
                h = 31 * h + text[i];
            }
            // Spread the high bits down: the slot is taken from the low ones.
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** A stream of exactly one word, the source of the word-by-word chain. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] word;
        private boolean emitted;

        void set(char[] word) {
            this.word = word;
        }

        @Override
        public boolean incrementToken() {
            if (emitted) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(word, 0, word.length);
            emitted = true;
            return true;
        }

        @Override
        public void reset() {
            emitted = false;
        }
    }
}
