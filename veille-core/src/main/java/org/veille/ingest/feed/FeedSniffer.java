package org.veille.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.veille.model.RawDocument;

/**
 * Tells whether fetched bytes are a news feed, from what they are and not from the URL's name: the
 * root element after the XML prolog (or the JSON Feed version), read in the first kilobytes, and the
 * {@code Content-Type} a feed is served with.
 *
 * <p>A body served with a feed type that turns out to be something else, an HTML error or login page
 * above all, is a broken feed: the user asked for a feed and gets told so, rather than an "article"
 * made of a login form.
 */
public final class FeedSniffer {

    /** Enough for a long XML prolog, comments and a stylesheet instruction before the root element. */
    static final int PREFIX_BYTES = 4096;

    /** What the bytes are. */
    public sealed interface Verdict {
        /** Not a feed: a page, to be read as one. */
        record NotAFeed() implements Verdict {
        }

        /** A feed in {@code format}. */
        record Feed(FeedFormat format) implements Verdict {
        }

        /** Served as a feed, but the body is not one. */
        record Broken(String message) implements Verdict {
        }
    }

    private FeedSniffer() {
    }

    public static Verdict sniff(RawDocument raw) {
        String contentType = raw.fetch() == null ? null : raw.fetch().contentType();
        String prefix = prefix(raw.view());
        Optional<FeedFormat> format = formatOf(prefix);
        if (format.isPresent()) {
            return new Verdict.Feed(format.get());
        }
        String declared = mediaType(contentType);
        Optional<FeedFormat> declaredFormat = declaredFormat(declared);
        if (declaredFormat.isEmpty()) {
            return new Verdict.NotAFeed();
        }
        if (looksLikeHtml(prefix)) {
            return new Verdict.Broken(raw.uri() + " is served as " + declared + ", but the body is an HTML page, not a feed");
        }
        if (prefix.isBlank()) {
            return new Verdict.Broken(raw.uri() + " is served as " + declared + ", but the body is empty");
        }
        // Served as a feed, and its root was not seen in the first kilobytes (a long comment, a JSON
        // feed whose version comes last): the parser decides, and reports what is wrong if it is not one.
        return new Verdict.Feed(declaredFormat.get());
    }

    /** The format the prefix's root element or JSON version names. */
    static Optional<FeedFormat> formatOf(String prefix) {
        String text = prefix.strip();
        if (text.startsWith("{")) {
            return text.contains("jsonfeed.org/version/1") ? Optional.of(FeedFormat.JSON_FEED) : Optional.empty();
        }
        String root = rootElement(text);
        if (root == null) {
            return Optional.empty();
        }
        String local = root.substring(root.indexOf(':') + 1);
        return switch (local) {
            case "rss" -> Optional.of(FeedFormat.RSS);
            case "feed" -> Optional.of(FeedFormat.ATOM);
            // RDF is a general format; only the RSS 1.0 and 0.90 namespaces make it a feed.
            case "RDF" -> text.contains("purl.org/rss/1.0") || text.contains("netscape.com/rdf/simple/0.9")
                    ? Optional.of(FeedFormat.RDF) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The name of the first element after declarations, comments and instructions, or null. */
    static String rootElement(String text) {
        int i = 0;
        while (i < text.length()) {
            i = skipSpace(text, i);
            if (i >= text.length() || text.charAt(i) != '<') {
                return null;
            }
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<!", i)) {
                int bracket = text.indexOf('[', i);
                int close = text.indexOf('>', i);
                // An internal DTD subset holds '>' of its own: skip to "]>" instead.
                i = bracket >= 0 && close > bracket ? after(text, "]>", i) : after(text, ">", i);
            } else {
                int end = i + 1;
                while (end < text.length() && !isNameEnd(text.charAt(end))) {
                    end++;
                }
                return end < text.length() ? text.substring(i + 1, end) : null;
            }
            if (i < 0) {
                return null;
            }
        }
        return null;
    }

    private static boolean looksLikeHtml(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<head") || lower.contains("<body");
    }

    /** The format a feed media type names; RDF/XML counts, since RSS 1.0 is served as it. */
    private static Optional<FeedFormat> declaredFormat(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        return switch (mediaType) {
            case "application/rss+xml" -> Optional.of(FeedFormat.RSS);
            case "application/atom+xml" -> Optional.of(FeedFormat.ATOM);
            case "application/rdf+xml" -> Optional.of(FeedFormat.RDF);
            case "application/feed+json" -> Optional.of(FeedFormat.JSON_FEED);
            default -> Optional.empty();
        };
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The first bytes as text: UTF-16 by its BOM, else byte for byte (markup is ASCII in every other encoding). */
    static String prefix(ByteBuffer bytes) {
        int length = Math.min(bytes.remaining(), PREFIX_BYTES);
        byte[] head = new byte[length];
        bytes.duplicate().get(head);
        Charset charset = StandardCharsets.ISO_8859_1;
        int start = 0;
        if (length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            start = 3;
        }
        return new String(head, start, length - start, charset);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static boolean isNameEnd(char c) {
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }
}
