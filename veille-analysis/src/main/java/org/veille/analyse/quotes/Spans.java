package org.veille.analyse.quotes;

import java.util.List;

/** Questions about a list of char spans ({@code [start, end)} pairs), such as the spans between quotation marks. */
final class Spans {
    private Spans() {
    }

    /** Whether a span holds the char offset. */
    static boolean contains(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (s[0] <= offset && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span shares a character with {@code [start, end)}. */
    static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[0] < end && start < s[1]) {
                return true;
            }
        }
        return false;
    }
}
