package org.veille.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veille.model.SourceFormat;

/**
 * Tells markup from a plain-text dump, by content.
 *
 * <p>A document is HTML when, after leading whitespace and comments, it opens with a doctype, an
 * {@code <html>} tag, a head-only tag ({@code <meta>}, {@code <script>}...), or an XML declaration
 * for XHTML; or when it is a fragment: it opens with a known HTML tag and has another one, or known
 * tags are dense in its first part. A text dump that
 * quotes a tag or two ("use <p> for paragraphs"), or contains a stray {@code <} ("x < 3",
 * "<3", "<http://...>"), stays TEXT: only complete tags with known names count.
 */
public final class FormatDetector {

    /** Markup shows itself early; a page dump does not turn into markup after 16k characters. */
    private static final int SCAN = 16 * 1024;

    /** A fragment that does not open with a tag needs this many known tags... */
    private static final int MIN_TAGS_ANYWHERE = 5;

    /** ...and at least one per this many characters of the scanned part. */
    private static final int MAX_CHARS_PER_TAG = 400;

    private static final Pattern KNOWN_TAG = Pattern.compile(
            "</?(?:html|head|body|div|p|meta|title|link|script|style|noscript|span|a|br|hr|img|picture|source"
                    + "|article|section|header|footer|nav|main|aside|figure|figcaption|blockquote|h[1-6]|ul|ol|li"
                    + "|dl|dt|dd|table|thead|tbody|tr|td|th|em|strong|b|i|u|small|sub|sup|time|form|input|button"
                    + "|iframe|svg|pre|code|center|font)(?=[\\s/>])[^<>]*>",
            Pattern.CASE_INSENSITIVE);

    /**
     * Tags that only open a page's head: a document starting with one is a page whose {@code <html>}
     * was omitted, even when a long inline script pushes every other tag out of the scanned part.
     */
    private static final Pattern HEAD_TAG = Pattern.compile(
            "<(?:head|body|meta|link|script|style|title|base)(?=[\\s/>])[^<>]*>", Pattern.CASE_INSENSITIVE);

    private static final Pattern XHTML_HINT = Pattern.compile(
            "<html[\\s>]|<!doctype\\s+html|http://www\\.w3\\.org/1999/xhtml", Pattern.CASE_INSENSITIVE);

    private FormatDetector() {
    }

    public static SourceFormat detect(String text) {
        String head = text.length() > SCAN ? text.substring(0, SCAN) : text;
        int start = skipPreamble(head);
        String rest = head.substring(start);
        String lower = rest.substring(0, Math.min(rest.length(), 64)).toLowerCase(Locale.ROOT);
        if (lower.matches("(?s)<!doctype\\s+html.*") || lower.matches("(?s)<html[\\s>].*")) {
            return SourceFormat.HTML;
        }
        if (lower.startsWith("<?xml")) {
            return XHTML_HINT.matcher(rest).find() ? SourceFormat.HTML : SourceFormat.TEXT;
        }
        if (HEAD_TAG.matcher(rest).lookingAt()) {
            return SourceFormat.HTML;
        }
        Matcher tags = KNOWN_TAG.matcher(rest);
        int count = 0;
        boolean opensWithTag = false;
        while (tags.find()) {
            if (count == 0 && tags.start() == 0) {
                opensWithTag = true;
            }
            count++;
            if (opensWithTag && count >= 2) {
                return SourceFormat.HTML;
            }
        }
        boolean dense = count >= MIN_TAGS_ANYWHERE && (long) count * MAX_CHARS_PER_TAG >= rest.length();
        return dense ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    /** Index after leading whitespace, byte order marks and complete HTML comments. */
    private static int skipPreamble(String s) {
        int i = 0;
        while (true) {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (!s.startsWith("<!--", i)) {
                return i;
            }
            int close = s.indexOf("-->", i + 4);
            if (close < 0) {
                return i;
            }
            i = close + 3;
        }
    }
}
