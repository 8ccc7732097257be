package org.veille.analyse.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the spans between quotation marks in an article's paragraphs, in every style news text uses:
 * French guillemets with or without (non-breaking) inner spaces, English and German curly quotes
 * (“ ” and „ “), straight double quotes, reversed guillemets (»…«), single guillemets, and single curly
 * quotes inside a quotation, and two apostrophes used as a double quote (''…'', as in some wire text).
 *
 * <p>What the marks alone cannot say is left to the caller: whether a span is a quotation at all (a
 * scare-quoted word, a title) and who says it. Two press conventions are handled here because they are
 * about the marks: a quotation that runs over several paragraphs opens each of them with a mark and
 * closes only the last, so an unclosed span ends with its paragraph and the next paragraph's opening
 * span is {@link QuotedSpan#continued()}; and a quotation inside a quotation gets its own span, one level
 * deeper.
 *
 * <p>A straight double quote opens when it follows a space, an opening bracket or a dash and precedes a
 * non-space, and closes otherwise. A single curly quote is only read as a mark inside a quotation, and
 * ’ closes it only when no letter follows: at the top level and before a letter it is an apostrophe
 * (l’armée, don’t).
 */
public final class QuotationMarks {

    /** Every double quotation mark, opening or closing, for checks on raw text around a span. */
    static final String DOUBLE_MARKS = "«»“”„\"‹›";
    /**
     * The marks that only ever open a quotation, as the tokens {@link Words} makes of them. The straight
     * quote is not among them: it opens and closes alike, so a token alone cannot say which.
     */
    static final Set<String> OPENING_TOKENS = Set.of("«", "“", "„", "‹");
    /** The marks that only ever close a quotation, as tokens (the straight quote left out, as above). */
    static final Set<String> CLOSING_TOKENS = Set.of("»", "”", "›");
    /**
     * The tokens that may close a quotation when a span is known to end there: the closing marks, the
     * straight quote and a doubled apostrophe (''…'' in some wire text).
     */
    static final Set<String> ANY_CLOSING_TOKENS = Set.of("»", "”", "›", "\"", "''");

    private record Open(char mark, int at, boolean continued) {
    }

    /** The mark recorded for a pair of apostrophes used as a double quote; not a character of the text. */
    private static final char DOUBLE_APOSTROPHE = '\uE000';

    /** All quoted spans of the paragraphs, in paragraph order, then by start. */
    public List<QuotedSpan> find(List<String> paragraphs) {
        List<QuotedSpan> spans = new ArrayList<>();
        boolean previousLeftOpen = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            previousLeftOpen = scan(p, paragraphs.get(p), previousLeftOpen, spans);
        }
        spans.sort((a, b) -> a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
                : a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.depth(), b.depth()));
        return spans;
    }

    /** Scans one paragraph; returns whether a top-level quotation is still open at its end. */
    private boolean scan(int index, String text, boolean previousLeftOpen, List<QuotedSpan> spans) {
        Deque<Open> open = new ArrayDeque<>();
        boolean reversed = usesReversedGuillemets(text);
        int firstWord = firstNonSpace(text, 0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Open top = open.peek();
            if (c == '\'' && after(text, i) == '\'') {
                // Two apostrophes stand for a double quote in some wire and archive text (''No,'' he said).
                if (top != null && top.mark() == DOUBLE_APOSTROPHE && !isSpace(before(text, i))) {
                    open.pop();
                    add(spans, index, text, top, i, true, open.size());
                    i++;
                    continue;
                }
                if (straightOpens(text, i)) {
                    open.push(new Open(DOUBLE_APOSTROPHE, i + 1, previousLeftOpen && open.isEmpty() && i == firstWord));
                    i++;
                    continue;
                }
            }
            if (top != null && closes(top.mark(), c, text, i, reversed)) {
                open.pop();
                add(spans, index, text, top, i, true, open.size());
                continue;
            }
            if (opens(c, text, i, open, reversed)) {
                open.push(new Open(c, i, previousLeftOpen && open.isEmpty() && i == firstWord));
            }
        }
        boolean leftOpen = false;
        // Unclosed quotations run to the end of the paragraph; the outermost may go on in the next.
        while (!open.isEmpty()) {
            Open o = open.pop();
            add(spans, index, text, o, text.length(), false, open.size());
            if (open.isEmpty()) {
                leftOpen = true;
            }
        }
        return leftOpen;
    }

    private static void add(List<QuotedSpan> spans, int paragraph, String text, Open o, int close, boolean closed, int depth) {
        int start = firstNonSpace(text, o.at() + 1);
        int end = close;
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new QuotedSpan(paragraph, start, end, o.mark(), closed, o.continued(), depth));
        }
    }

    private static boolean opens(char c, String text, int i, Deque<Open> open, boolean reversed) {
        return switch (c) {
            case '«', '‹', '“', '„' -> !(reversed && (c == '«' || c == '‹'));
            case '»', '›' -> reversed;
            case '"' -> straightOpens(text, i);
            case '‘' -> !open.isEmpty() && !Character.isLetterOrDigit(before(text, i));
            default -> false;
        };
    }

    private static boolean closes(char openMark, char c, String text, int i, boolean reversed) {
        return switch (openMark) {
            case '«' -> c == '»';
            case '‹' -> c == '›';
            case '»' -> reversed && c == '«';
            case '›' -> reversed && c == '‹';
            case '“' -> c == '”';
            case '„' -> c == '“' || c == '”';
            case '"' -> c == '"' && !isSpace(before(text, i));
            case '‘' -> c == '’' && !Character.isLetter(after(text, i));
            default -> false;
        };
    }

    /** A straight quote opens after a space, a bracket or a dash, or at the start, before a non-space. */
    private static boolean straightOpens(String text, int i) {
        char previous = before(text, i);
        char next = after(text, i);
        boolean openingPlace = previous == 0 || isSpace(previous) || "([{—–-/:".indexOf(previous) >= 0;
        return openingPlace && next != 0 && !isSpace(next);
    }

    /** »Text« (German and Scandinavian press): a » before any « in the paragraph. */
    private static boolean usesReversedGuillemets(String text) {
        int right = text.indexOf('»');
        int left = text.indexOf('«');
        return right >= 0 && left > right;
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static char before(String text, int i) {
        return i == 0 ? 0 : text.charAt(i - 1);
    }

    private static char after(String text, int i) {
        return i + 1 >= text.length() ? 0 : text.charAt(i + 1);
    }

    /** Spaces include the no-break and narrow no-break spaces French typography puts inside guillemets. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
