package org.veille.extract;

import java.util.regex.Pattern;

/** Whitespace normalisation as a reader sees text: every run of spaces, tabs, newlines and NBSPs is one space. */
public final class Whitespace {
    /** A run of whitespace, to split words on: compiled once, for the many callers that do so per page element. */
    public static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** Collapses every whitespace run (including NBSP, zero-width and other Unicode spaces) to one space and trims. */
    public static String normalize(CharSequence text) {
        char[] chars = charsOf(text);
        return new String(chars, 0, normalizeInPlace(chars));
    }

    /**
     * Appends {@code text} to {@code out} normalised as {@link #normalize} does, without building a
     * string for it first: for walks that gather a whole page's text node by node.
     *
     * @return how many characters were appended (0 when {@code text} is only whitespace)
     */
    public static int appendNormalized(StringBuilder out, CharSequence text) {
        char[] chars = charsOf(text);
        int length = normalizeInPlace(chars);
        out.append(chars, 0, length);
        return length;
    }

    /**
     * The characters of {@code text} in an array of its own. This runs on all of a page's text, and a
     * loop over an array, copied in bulk, is several times faster than {@code charAt} through the
     * {@code CharSequence} interface with one {@code append} per character.
     */
    private static char[] charsOf(CharSequence text) {
        int length = text.length();
        char[] chars = new char[length];
        if (text instanceof String string) {
            string.getChars(0, length, chars, 0);
        } else if (text instanceof StringBuilder builder) {
            builder.getChars(0, length, chars, 0);
        } else {
            for (int i = 0; i < length; i++) {
                chars[i] = text.charAt(i);
            }
        }
        return chars;
    }

    /** Normalises {@code chars} in place (the result is never longer) and returns its length. */
    private static int normalizeInPlace(char[] chars) {
        int length = 0;
        boolean pendingSpace = false;
        for (char c : chars) {
            if (isSpace(c)) {
                pendingSpace = length > 0;
            } else if (!isInvisible(c)) {
                if (pendingSpace) {
                    chars[length++] = ' ';
                    pendingSpace = false;
                }
                chars[length++] = c;
            }
        }
        return length;
    }

    public static boolean isSpace(char c) {
        // Printable ASCII first: it is nearly every character this sees, and the Unicode tables below are slow.
        if (c > ' ' && c < '\u007F') {
            return false;
        }
        // Agrees with String.isBlank (Character.isWhitespace) so a normalised block is never blank.
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B';
    }

    /** Characters that render as nothing and only break word matching when kept. */
    static boolean isInvisible(char c) {
        // ZWJ/ZWNJ are kept: they change how Persian, Indic scripts and emoji read.
        return c >= '\u00AD' && (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD');
    }
}
