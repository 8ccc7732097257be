package org.veille.store;

import java.io.IOException;

import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * A Bloom filter of one field's terms in one segment: "certainly absent" or "maybe present".
 *
 * <p>Why: at ingest every article looks up its key, its content hash and its twenty near-duplicate
 * band keys in every segment of the index, and nearly all of those lookups miss (a new article, an
 * original body). A miss in Lucene's terms dictionary still walks the terms index and loads and
 * decompresses a block of terms; with a few dozen segments that was the largest single cost of the
 * duplicate checks. A segment never changes, so its filter is built once, by reading the field's
 * terms, and kept until the segment goes away. Ten bits and three probes per term give about 1.7%
 * false positives, which then cost one ordinary lookup.
 */
final class SegmentTermFilter {
    private static final int BITS_PER_TERM = 10;
    private static final int PROBES = 3;

    /** For a segment without the field: holds nothing. */
    static final SegmentTermFilter EMPTY = new SegmentTermFilter(new FixedBitSet(64));

    private final FixedBitSet bits;
    private final int mask;

    private SegmentTermFilter(FixedBitSet bits) {
        this.bits = bits;
        this.mask = bits.length() - 1;
    }

    /** The filter of {@code terms}, all of them read once. */
    static SegmentTermFilter of(Terms terms) throws IOException {
        long size = terms.size();
        long wanted = Math.max(64, (size < 0 ? 1 << 16 : size) * BITS_PER_TERM);
        int length = (int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1);
        SegmentTermFilter filter = new SegmentTermFilter(new FixedBitSet(length));
        TermsEnum all = terms.iterator();
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            filter.add(term);
        }
        return filter;
    }

    // Probes by double hashing (Kirsch and Mitzenmacher): two hashes make all three.
    private void add(BytesRef term) {
        long hash = hash(term);
        int h1 = (int) (hash >>> 32);
        int h2 = (int) hash;
        for (int i = 0; i < PROBES; i++) {
            bits.set((h1 + i * h2) & mask);
        }
    }

    /** The two hashes a term is probed with, computed once for all segments. */
    static long hash(BytesRef term) {
        long h1 = StringHelper.murmurhash3_x86_32(term, 0x9747b28c);
        long h2 = StringHelper.murmurhash3_x86_32(term, 0x5bd1e995) | 1;
        return h1 << 32 | (h2 & 0xFFFFFFFFL);
    }

    /** False when the segment certainly lacks the term of {@code hash} ({@link #hash}). */
    boolean mayContain(long hash) {
        int h1 = (int) (hash >>> 32);
        int h2 = (int) hash;
        for (int i = 0; i < PROBES; i++) {
            if (!bits.get((h1 + i * h2) & mask)) {
                return false;
            }
        }
        return true;
    }
}
