package org.veille.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code encoding} of an XML declaration ({@code <?xml version="1.0" encoding="..."?>}),
 * which XHTML pages and XML feeds use instead of, or besides, a meta element. Browsers ignore it for
 * pages served as HTML, but files on disk have no header to say they are XHTML, so it is honoured
 * when no meta declaration exists.
 */
final class XmlDeclaration {

    /** The declaration must open the document, and is short. */
    private static final int WINDOW = 256;

    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*([\"'])([A-Za-z0-9._:\\-]+)\\1");

    private XmlDeclaration() {
    }

    /** The declared label, if the bytes open with an XML declaration that has one. */
    static Optional<String> encoding(ByteBuffer bytes) {
        ByteBuffer view = bytes.duplicate();
        byte[] head = new byte[Math.min(view.remaining(), WINDOW)];
        view.get(head);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("<?xml") || text.length() < 6 || !Character.isWhitespace(text.charAt(5))) {
            return Optional.empty();
        }
        int close = text.indexOf("?>");
        if (close < 0) {
            return Optional.empty();
        }
        Matcher m = ENCODING.matcher(text.substring(0, close));
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }
}
