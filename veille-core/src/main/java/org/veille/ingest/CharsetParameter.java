package org.veille.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Extracts the {@code charset=} value from a {@code Content-Type} value, whether it comes from the
 * HTTP header or from a {@code <meta http-equiv="Content-Type" content="...">}. Follows the WHATWG
 * "extracting a character encoding from a meta element" steps, which are lenient in the way real
 * headers need ({@code text/html;charset = "utf-8"}, {@code text/html; Charset=UTF-8}).
 */
final class CharsetParameter {
    private CharsetParameter() {
    }

    /** The raw label after {@code charset=}, unquoted; empty when absent or malformed. */
    static Optional<String> extract(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int found = lower.indexOf("charset", from);
            if (found < 0) {
                return Optional.empty();
            }
            int i = skipSpaces(contentType, found + "charset".length());
            if (i >= contentType.length() || contentType.charAt(i) != '=') {
                from = found + "charset".length();
                continue;
            }
            i = skipSpaces(contentType, i + 1);
            if (i >= contentType.length()) {
                return Optional.empty();
            }
            char c = contentType.charAt(i);
            if (c == '"' || c == '\'') {
                int close = contentType.indexOf(c, i + 1);
                return close < 0 ? Optional.empty() : nonEmpty(contentType.substring(i + 1, close));
            }
            int end = i;
            while (end < contentType.length() && !isSpace(contentType.charAt(end)) && contentType.charAt(end) != ';') {
                end++;
            }
            return nonEmpty(contentType.substring(i, end));
        }
    }

    private static Optional<String> nonEmpty(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
