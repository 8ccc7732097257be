package org.veille.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells a list of URLs apart from a document, by content rather than by file name.
 *
 * <p>A URL list is text whose lines, ignoring blank lines and {@code #} comments, are all http(s)
 * URLs, at least one. A page dump that merely contains URLs has other lines too, so it stays a
 * document. The check is lenient about URL syntax (any non-blank token after {@code http://} or
 * {@code https://}); a malformed URL then fails its own fetch with a precise message instead of
 * turning the whole list into a bogus document.
 */
public final class UrlListDetector {

    /**
     * How much of a stream is read before deciding: any ordinary document shows a non-URL line well
     * before this, so only genuine URL lists (small files) are read further.
     */
    static final int PREFIX_BYTES = 16 * 1024;

    private UrlListDetector() {
    }

    /** The URLs, in order, when {@code text} is a URL list; empty otherwise. */
    public static Optional<List<String>> parse(String text) {
        List<String> urls = new ArrayList<>();
        for (String line : stripBom(text).split("\r\n|\r|\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!isHttpUrl(trimmed)) {
                return Optional.empty();
            }
            urls.add(trimmed);
        }
        return urls.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(urls));
    }

    /**
     * Reads {@code in} as far as needed to decide, never past {@code maxBytes}: a bounded prefix
     * first, the rest only when every line of the prefix is a URL or a comment. A list larger than
     * {@code maxBytes} is not treated as a list (it will fail as too large as a document instead).
     */
    public static Optional<List<String>> detect(InputStream in, long maxBytes) throws IOException {
        long limit = Math.min(PREFIX_BYTES, maxBytes);
        byte[] prefix = BoundedReader.readUpTo(in, limit);
        if (prefix.length <= limit) {
            return parse(utf8(prefix));
        }
        if (limit == maxBytes || !mayBeList(utf8(prefix))) {
            return Optional.empty();
        }
        byte[] rest = BoundedReader.readUpTo(in, maxBytes - prefix.length);
        if (prefix.length + (long) rest.length > maxBytes) {
            return Optional.empty();
        }
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return parse(utf8(all));
    }

    /**
     * True when a line is an absolute http(s) URL: the scheme, {@code ://}, a host that starts with
     * a letter, digit or {@code [} (IPv6), and no whitespace or control character anywhere.
     */
    public static boolean isHttpUrl(String line) {
        int start;
        if (line.regionMatches(true, 0, "http://", 0, 7)) {
            start = 7;
        } else if (line.regionMatches(true, 0, "https://", 0, 8)) {
            start = 8;
        } else {
            return false;
        }
        if (line.length() <= start) {
            return false;
        }
        char hostStart = line.charAt(start);
        if (!(Character.isLetterOrDigit(hostStart) || hostStart == '[')) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    /** A truncated prefix may be a list when all its complete lines are URLs, comments or blank. */
    static boolean mayBeList(String prefix) {
        int lastBreak = Math.max(prefix.lastIndexOf('\n'), prefix.lastIndexOf('\r'));
        if (lastBreak < 0) {
            // One endless line: a URL list never has a line this long.
            return false;
        }
        for (String line : stripBom(prefix.substring(0, lastBreak)).split("\r\n|\r|\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !isHttpUrl(trimmed)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
