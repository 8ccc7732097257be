package org.veille.store.identity;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.util.BytesRef;

/**
 * Near-duplicate detection by MinHash over word shingles: two bodies whose sets of three-word
 * sequences overlap by at least {@link #THRESHOLD} (Jaccard similarity, estimated) are one story told
 * twice, such as an agency dispatch republished with a changed headline, a credit line, a few edits.
 *
 * <p>Why these numbers: three-word shingles keep the measure local (each edited word breaks at most
 * three shingles, so ten edits in a 500-word story still leave it near 0.9), 0.8 separates such
 * copies from two stories of the same template or the same event, which share sentences but not 80%
 * of them. {@value #HASHES} minimums estimate the similarity within about ±0.04. For lookup
 * the signature is cut into {@value #BANDS} bands of {@value #ROWS} rows (locality-sensitive
 * hashing): two bodies at 0.8 share a band with probability 1 − (1 − 0.8⁶)²⁰ ≈ 0.998, at 0.7 about
 * 0.92, at 0.3 about 0.015, so few unrelated articles are ever compared; each candidate is then
 * checked on its whole signature. Fewer, wider bands would miss more copies; more bands cost one
 * term lookup each per article at ingest. Bodies under {@value #MIN_WORDS} words are too short to
 * judge (a brief, a caption) and are never grouped
 * this way; exact copies are still found by {@link ContentHash}.
 */
public final class NearDuplicates {
    public static final double THRESHOLD = 0.8;
    public static final int HASHES = 120;
    public static final int BANDS = 20;
    public static final int ROWS = HASHES / BANDS;
    public static final int SHINGLE = 3;
    public static final int MIN_WORDS = 40;

    /** Marks a bin no shingle fell into: bins hold 32-bit values, so this is above all of them. */
    private static final long EMPTY = Long.MAX_VALUE;

    private NearDuplicates() {
    }

    /**
     * The MinHash signature of a body, or null when it has fewer than {@link #MIN_WORDS} words.
     *
     * <p>One-permutation hashing: each shingle is hashed once, the hash picks one of {@value #HASHES}
     * bins and the bin keeps its smallest value, so a body costs one hash per shingle rather than one
     * per shingle and function (a 600-word story: 600 hashes, not 72,000). A bin no shingle fell into
     * borrows from the next filled bin to its right, shifted by the distance (densification by
     * rotation, Shrivastava and Li 2014), which keeps two bins' equality a fair sample of the Jaccard
     * similarity.
     */
    public static long[] signature(String text) {
        long[] words = wordHashes(text);
        if (words.length < MIN_WORDS) {
            return null;
        }
        long[] bins = new long[HASHES];
        Arrays.fill(bins, EMPTY);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = words[i];
            for (int j = i + 1; j < i + SHINGLE; j++) {
                h = mix(h * 31 + words[j]);
            }
            int bin = (int) (((h >>> 32) * HASHES) >>> 32);
            long value = h & 0xFFFFFFFFL;
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        long[] signature = new long[HASHES];
        for (int bin = 0; bin < HASHES; bin++) {
            int distance = 0;
            while (bins[(bin + distance) % HASHES] == EMPTY) {
                distance++;
            }
            signature[bin] = bins[(bin + distance) % HASHES] + distance * (1L << 32);
        }
        return signature;
    }

    /**
     * One hash per word, words being runs of letters and digits, lower-cased with accents dropped, so
     * that restyled copies (case, accents, punctuation) hash alike. One pass over the text; only words
     * with non-ASCII letters are decomposed.
     */
    static long[] wordHashes(String text) {
        long[] hashes = new long[64];
        int count = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                ascii &= text.charAt(i) < 0x80;
                i++;
            }
            if (i == start) {
                continue;
            }
            long h = ascii ? asciiWordHash(text, start, i) : foldedWordHash(text, start, i);
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = mix(h);
        }
        return Arrays.copyOf(hashes, count);
    }

    private static final long FNV_OFFSET = 0x84222325CBF29CE4L;
    private static final long FNV_PRIME = 0x100000001B3L;
    /**
     * For each char up to {@link #FOLDED_RANGE}: the one char its canonical decomposition leaves once
     * non-spacing marks are dropped ('é' → 'e'), or 0 when that is not a single char. It spares the
     * accented words of French text the full Unicode normaliser while hashing exactly as it would.
     */
    private static final int FOLDED_RANGE = 0x250;
    private static final char[] FOLDED = foldingTable();
    private static final char COMBINING_MARKS_START = '\u0300';
    private static final char COMBINING_MARKS_END = '\u0370';

    private static long asciiWordHash(String text, int start, int end) {
        long h = FNV_OFFSET;
        for (int c = start; c < end; c++) {
            h = (h ^ Character.toLowerCase(text.charAt(c))) * FNV_PRIME;
        }
        return h;
    }

    /** The hash of a word with non-ASCII chars: decomposed, non-spacing marks dropped, lower-cased. */
    private static long foldedWordHash(String text, int start, int end) {
        long h = FNV_OFFSET;
        for (int c = start; c < end; c++) {
            char ch = text.charAt(c);
            char base = ch < FOLDED_RANGE ? FOLDED[ch] : 0;
            if (base != 0) {
                h = (h ^ Character.toLowerCase(base)) * FNV_PRIME;
            } else if (ch < COMBINING_MARKS_START || ch >= COMBINING_MARKS_END) {
                return normalisedWordHash(text.substring(start, end));
            } // else a combining diacritic (all non-spacing marks, decomposing to such): dropped
        }
        return h;
    }

    private static long normalisedWordHash(String raw) {
        String word = Normalizer.normalize(raw, Normalizer.Form.NFD);
        long h = FNV_OFFSET;
        for (int c = 0; c < word.length(); c++) {
            char ch = word.charAt(c);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                h = (h ^ Character.toLowerCase(ch)) * FNV_PRIME;
            }
        }
        return h;
    }

    private static char[] foldingTable() {
        char[] table = new char[FOLDED_RANGE];
        for (char ch = 1; ch < FOLDED_RANGE; ch++) {
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue; // 0: dropped
            }
            String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < decomposed.length(); i++) {
                if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                    kept.append(decomposed.charAt(i));
                }
            }
            table[ch] = kept.length() == 1 ? kept.charAt(0) : 0;
        }
        return table;
    }

    /** The estimated Jaccard similarity of two signatures: the share of functions whose minimums agree. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * The band keys of a signature: two signatures sharing one are candidates. A key is nine bytes, the
     * band's number then its 64-bit hash: nearly every key is new to the index, a term of its own in
     * every segment's dictionary, so the shortest key (half the hexadecimal text's) costs least.
     */
    public static List<BytesRef> bands(long[] signature) {
        List<BytesRef> bands = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            byte[] key = new byte[1 + Long.BYTES];
            key[0] = (byte) b;
            for (int i = 0; i < Long.BYTES; i++) {
                key[1 + i] = (byte) (h >>> (56 - 8 * i));
            }
            bands.add(new BytesRef(key));
        }
        return bands;
    }

    public static byte[] toBytes(long[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Long.BYTES);
        buffer.asLongBuffer().put(signature);
        return buffer.array();
    }

    public static long[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * Long.BYTES) {
            throw new IllegalArgumentException("not a signature of " + HASHES + " hashes: " + length + " bytes");
        }
        long[] signature = new long[HASHES];
        ByteBuffer.wrap(bytes, offset, length).asLongBuffer().get(signature);
        return signature;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
