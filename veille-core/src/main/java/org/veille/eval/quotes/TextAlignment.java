package org.veille.eval.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps character offsets in one text (Veille's extracted article) to offsets in another (the gold
 * article text the annotators marked quotes in).
 *
 * <p>The two texts hold the same article but differ in what surrounds and separates it: a caption
 * or a "related" line one of them kept, a heading the other dropped, different quote marks or
 * spacing. So the texts are compared as sequences of words (letter and digit runs, compared
 * caselessly), aligned with a patience diff: words that occur once in each text anchor the alignment
 * (their longest increasing run), the stretches between anchors are aligned recursively, and small
 * stretches without anchors by a classic longest-common-subsequence table. Large unanchored stretches
 * stay unaligned rather than cost quadratic time: a whole page dump's menus are such a stretch.
 *
 * <p>Offsets are code point indices, as in the output format and the gold files.
 */
public final class TextAlignment {
    /** Above this many cells, an unanchored stretch is left unaligned. */
    private static final long MAX_TABLE_CELLS = 4_000_000L;

    private final Words from;
    private final Words to;
    /** For each word of {@code from}, the index of the aligned word of {@code to}, or -1. */
    private final int[] partner;

    private TextAlignment(Words from, Words to, int[] partner) {
        this.from = from;
        this.to = to;
        this.partner = partner;
    }

    /** Aligns the words of {@code from} with those of {@code to}. */
    public static TextAlignment of(String from, String to) {
        // One id space for both texts, so that equal words get equal keys.
        Map<String, Integer> ids = new HashMap<>();
        Words a = Words.of(from, ids);
        Words b = Words.of(to, ids);
        int[] partner = new int[a.size()];
        Arrays.fill(partner, -1);
        new PatienceDiff(a.keys, b.keys, partner).align(0, a.size(), 0, b.size());
        return new TextAlignment(a, b, partner);
    }

    /**
     * The span of {@code to} that holds the aligned words of the span {@code [start, end)} of
     * {@code from}: from the first aligned word to the last, or null when no word in the span is
     * aligned. Partial words at the edges keep their offset within the word.
     */
    public int[] map(int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = from.firstEndingAfter(start); i < from.size() && from.start(i) < end; i++) {
            if (partner[i] >= 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        int mappedStart = to.start(partner[first]) + clamp(start - from.start(first), 0, to.length(partner[first]));
        int mappedEnd = to.end(partner[last]) - clamp(from.end(last) - end, 0, to.length(partner[last]));
        // Punctuation at the edges of the span ("…révocation,") is carried over where the other text
        // has the same characters there.
        if (start < from.start(first) && mappedStart == to.start(partner[first])) {
            mappedStart -= sameBefore(from.start(first), to.start(partner[first]), from.start(first) - start);
        }
        if (end > from.end(last) && mappedEnd == to.end(partner[last])) {
            mappedEnd += sameAfter(from.end(last), to.end(partner[last]), end - from.end(last));
        }
        return mappedEnd > mappedStart ? new int[] {mappedStart, mappedEnd} : null;
    }

    /** How many words of {@code from} found a partner in {@code to}: 1 for the same text. */
    public double alignedShare() {
        if (from.size() == 0) {
            return 1;
        }
        return (double) Arrays.stream(partner).filter(p -> p >= 0).count() / from.size();
    }

    /** How many of the {@code max} code points before the two offsets are the same in both texts. */
    private int sameBefore(int fromOffset, int toOffset, int max) {
        int n = 0;
        while (n < max && toOffset - n > 0 && from.text[fromOffset - n - 1] == to.text[toOffset - n - 1]) {
            n++;
        }
        return n;
    }

    /** How many of the {@code max} code points from the two offsets on are the same in both texts. */
    private int sameAfter(int fromOffset, int toOffset, int max) {
        int n = 0;
        while (n < max && toOffset + n < to.text.length && from.text[fromOffset + n] == to.text[toOffset + n]) {
            n++;
        }
        return n;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The words of a text: caseless keys and code point spans, and the text's code points. */
    private static final class Words {
        final int[] text;
        final int[] keys;
        final int[] starts;
        final int[] ends;

        private Words(int[] text, int[] keys, int[] starts, int[] ends) {
            this.text = text;
            this.keys = keys;
            this.starts = starts;
            this.ends = ends;
        }

        static Words of(String text, Map<String, Integer> ids) {
            List<int[]> spans = new ArrayList<>();
            List<Integer> keys = new ArrayList<>();
            int[] cps = text.codePoints().toArray();
            int i = 0;
            while (i < cps.length) {
                if (!Character.isLetterOrDigit(cps[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < cps.length && Character.isLetterOrDigit(cps[i])) {
                    i++;
                }
                String word = new String(cps, start, i - start).toLowerCase(Locale.ROOT);
                keys.add(ids.computeIfAbsent(word, w -> ids.size()));
                spans.add(new int[] {start, i});
            }
            int n = keys.size();
            int[] k = new int[n];
            int[] s = new int[n];
            int[] e = new int[n];
            for (int w = 0; w < n; w++) {
                k[w] = keys.get(w);
                s[w] = spans.get(w)[0];
                e[w] = spans.get(w)[1];
            }
            return new Words(cps, k, s, e);
        }

        int size() {
            return keys.length;
        }

        int start(int word) {
            return starts[word];
        }

        int end(int word) {
            return ends[word];
        }

        int length(int word) {
            return ends[word] - starts[word];
        }

        /** The first word that ends after {@code offset} (binary search over the ordered ends). */
        int firstEndingAfter(int offset) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Word alignment by patience diff over interned word ids; fills {@code partner}. */
    private static final class PatienceDiff {
        private final int[] a;
        private final int[] b;
        private final int[] partner;

        PatienceDiff(int[] a, int[] b, int[] partner) {
            this.a = a;
            this.b = b;
            this.partner = partner;
        }

        void align(int aStart, int aEnd, int bStart, int bEnd) {
            // Equal words at both ends are aligned at once: the common case of identical stretches.
            while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
                partner[aStart++] = bStart++;
            }
            while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
                partner[--aEnd] = --bEnd;
            }
            if (aStart == aEnd || bStart == bEnd) {
                return;
            }
            int[][] anchors = uniqueCommonRun(aStart, aEnd, bStart, bEnd);
            if (anchors.length == 0) {
                alignByTable(aStart, aEnd, bStart, bEnd);
                return;
            }
            int prevA = aStart;
            int prevB = bStart;
            for (int[] anchor : anchors) {
                align(prevA, anchor[0], prevB, anchor[1]);
                partner[anchor[0]] = anchor[1];
                prevA = anchor[0] + 1;
                prevB = anchor[1] + 1;
            }
            align(prevA, aEnd, prevB, bEnd);
        }

        /** Words occurring exactly once in each range, as (a, b) pairs forming the longest run increasing in both. */
        private int[][] uniqueCommonRun(int aStart, int aEnd, int bStart, int bEnd) {
            Map<Integer, int[]> counts = new HashMap<>();
            for (int i = aStart; i < aEnd; i++) {
                int[] c = counts.computeIfAbsent(a[i], k -> new int[] {0, -1, 0, -1});
                c[0]++;
                c[1] = i;
            }
            for (int j = bStart; j < bEnd; j++) {
                int[] c = counts.get(b[j]);
                if (c != null) {
                    c[2]++;
                    c[3] = j;
                }
            }
            List<int[]> pairs = new ArrayList<>();
            for (int i = aStart; i < aEnd; i++) {
                int[] c = counts.get(a[i]);
                if (c[0] == 1 && c[2] == 1) {
                    pairs.add(new int[] {i, c[3]});
                }
            }
            return longestIncreasing(pairs);
        }

        /** Patience sorting: the longest subsequence of pairs (ordered by a) whose b also increases. */
        private static int[][] longestIncreasing(List<int[]> pairs) {
            int n = pairs.size();
            if (n == 0) {
                return new int[0][];
            }
            int[] tails = new int[n];
            int[] previous = new int[n];
            int length = 0;
            for (int p = 0; p < n; p++) {
                int b = pairs.get(p)[1];
                int lo = 0;
                int hi = length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (pairs.get(tails[mid])[1] < b) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                previous[p] = lo > 0 ? tails[lo - 1] : -1;
                tails[lo] = p;
                if (lo == length) {
                    length++;
                }
            }
            int[][] run = new int[length][];
            for (int p = tails[length - 1], k = length - 1; p >= 0; p = previous[p], k--) {
                run[k] = pairs.get(p);
            }
            return run;
        }

        /** Longest common subsequence by table, for stretches small enough. */
        private void alignByTable(int aStart, int aEnd, int bStart, int bEnd) {
            int n = aEnd - aStart;
            int m = bEnd - bStart;
            if ((long) n * m > MAX_TABLE_CELLS) {
                return;
            }
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a[aStart + i] == b[bStart + j]
                            ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (a[aStart + i] == b[bStart + j]) {
                    partner[aStart + i] = bStart + j;
                    i++;
                    j++;
                } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
    }
}
