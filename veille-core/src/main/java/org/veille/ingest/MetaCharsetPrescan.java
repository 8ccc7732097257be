package org.veille.ingest;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds {@code <meta charset>} and {@code <meta http-equiv="Content-Type" content="...; charset=...">}
 * declarations in the first bytes of a page, following the WHATWG "prescan a byte stream to determine
 * its encoding" algorithm: comments are skipped, attributes of other tags are stepped over so that a
 * {@code charset} inside a script string or an attribute value is not mistaken for a declaration.
 *
 * <p>Works on raw bytes, which is sound because every encoding a declaration can name is
 * ASCII-compatible for the characters involved (UTF-16 is recognised by its BOM beforehand).
 */
final class MetaCharsetPrescan {

    /**
     * Browsers look at 1024 bytes; pages with long inline scripts or comments before the meta are
     * common enough in the wild that a wider window avoids needless mojibake.
     */
    static final int WINDOW = 4096;

    private final byte[] b;
    private final int end;
    private int pos;

    private MetaCharsetPrescan(ByteBuffer bytes) {
        ByteBuffer view = bytes.duplicate();
        this.end = Math.min(view.remaining(), WINDOW);
        this.b = new byte[end];
        view.get(b, 0, end);
    }

    /** An attribute stepped over: its name and value are not needed. */
    private static final String[] SKIPPED = new String[0];

    /** The labels declared by meta elements, in document order (unknown labels included). */
    static List<String> scan(ByteBuffer bytes) {
        return new MetaCharsetPrescan(bytes).run(label -> false);
    }

    /**
     * The labels declared by meta elements in document order, up to and including the first that
     * {@code enough} accepts: the caller stops at the first label it knows, so the rest of the window
     * need not be read.
     */
    static List<String> scanUntil(ByteBuffer bytes, Predicate<String> enough) {
        return new MetaCharsetPrescan(bytes).run(enough);
    }

    private List<String> run(Predicate<String> enough) {
        List<String> labels = new ArrayList<>();
        while (pos < end) {
            if (startsWith("<!--")) {
                int close = indexOf("-->", pos + 2);
                pos = close < 0 ? end : close + 3;
                continue;
            }
            if (startsWithIgnoreCase("<meta") && pos + 5 < end && isSpaceOrSlash(b[pos + 5])) {
                pos += 5;
                Optional<String> label = meta();
                if (label.isPresent()) {
                    labels.add(label.get());
                    if (enough.test(label.get())) {
                        return labels;
                    }
                }
                continue;
            }
            if (pos + 1 < end && b[pos] == '<'
                    && (isAsciiLetter(b[pos + 1]) || (b[pos + 1] == '/' && pos + 2 < end && isAsciiLetter(b[pos + 2])))) {
                pos += 2;
                while (pos < end && !isSpace(b[pos]) && b[pos] != '>') {
                    pos++;
                }
                while (attribute(false) != null) {
                    // Step over the tag's attributes: their values may contain "charset".
                }
                continue;
            }
            if (startsWith("<!") || startsWith("</") || startsWith("<?")) {
                int close = indexOf(">", pos + 2);
                pos = close < 0 ? end : close + 1;
                continue;
            }
            pos++;
        }
        return labels;
    }

    /** Reads one meta element's attributes; the declared label if it makes a declaration. */
    private Optional<String> meta() {
        Set<String> seen = new HashSet<>();
        boolean gotPragma = false;
        Boolean needPragma = null;
        String charset = null;
        String[] attr;
        while ((attr = attribute(true)) != null) {
            String name = attr[0];
            String value = attr[1];
            if (!seen.add(name)) {
                continue;
            }
            switch (name) {
                case "http-equiv" -> gotPragma |= value.equals("content-type");
                case "content" -> {
                    if (charset == null) {
                        Optional<String> extracted = CharsetParameter.extract(value);
                        if (extracted.isPresent()) {
                            charset = extracted.get();
                            needPragma = true;
                        }
                    }
                }
                case "charset" -> {
                    charset = value;
                    needPragma = false;
                }
                default -> {
                    // Other attributes do not matter.
                }
            }
        }
        if (needPragma == null || charset == null || charset.isBlank() || (needPragma && !gotPragma)) {
            return Optional.empty();
        }
        // Lenient where browsers are not: "<meta charset=utf-8/>" means utf-8, not "utf-8/".
        String label = charset.strip();
        while (label.endsWith("/")) {
            label = label.substring(0, label.length() - 1);
        }
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /**
     * The WHATWG "get an attribute" step: returns {name, value} (lower-cased) and leaves the
     * position after it, or null at the end of the tag or of the window. Unless {@code read}, the
     * attribute is only stepped over and {@link #SKIPPED} stands for it: most tags before the
     * declaration are links and scripts whose long addresses need not be copied.
     */
    private String[] attribute(boolean read) {
        while (pos < end && (isSpace(b[pos]) || b[pos] == '/')) {
            pos++;
        }
        if (pos >= end || b[pos] == '>') {
            if (pos < end) {
                pos++;
            }
            return null;
        }
        StringBuilder name = read ? new StringBuilder() : null;
        StringBuilder value = read ? new StringBuilder() : null;
        int nameLength = 0;
        while (true) {
            if (pos >= end) {
                return null;
            }
            byte c = b[pos];
            if (c == '=' && nameLength > 0) {
                pos++;
                break;
            }
            if (isSpace(c)) {
                while (pos < end && isSpace(b[pos])) {
                    pos++;
                }
                if (pos >= end || b[pos] != '=') {
                    return pair(name, null);
                }
                pos++;
                break;
            }
            if (c == '/' || c == '>') {
                return pair(name, null);
            }
            if (read) {
                name.append(lower(c));
            }
            nameLength++;
            pos++;
        }
        while (pos < end && isSpace(b[pos])) {
            pos++;
        }
        if (pos >= end) {
            return null;
        }
        byte c = b[pos];
        if (c == '"' || c == '\'') {
            pos++;
            int start = pos;
            while (pos < end && b[pos] != c) {
                pos++;
            }
            if (pos >= end) {
                return null;
            }
            appendLower(value, start, pos);
            pos++;
            return pair(name, value);
        }
        if (c == '>') {
            return pair(name, null);
        }
        int start = pos;
        while (pos < end && !isSpace(b[pos]) && b[pos] != '>') {
            pos++;
        }
        appendLower(value, start, pos);
        return pair(name, value);
    }

    /** {name, value} of an attribute read, {@link #SKIPPED} for one stepped over (null builders). */
    private static String[] pair(StringBuilder name, StringBuilder value) {
        if (name == null) {
            return SKIPPED;
        }
        return new String[] {name.toString(), value == null ? "" : value.toString()};
    }

    private void appendLower(StringBuilder out, int from, int to) {
        if (out == null) {
            return;
        }
        for (int i = from; i < to; i++) {
            out.append(lower(b[i]));
        }
    }

    private boolean startsWith(String s) {
        if (pos + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithIgnoreCase(String s) {
        if (pos + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (lower(b[pos + i]) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i + s.length() <= end; i++) {
            for (int j = 0; j < s.length(); j++) {
                if (b[i + j] != s.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static char lower(byte c) {
        int v = c & 0xff;
        return (char) (v >= 'A' && v <= 'Z' ? v + 32 : v);
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isSpaceOrSlash(byte c) {
        return isSpace(c) || c == '/';
    }
}
