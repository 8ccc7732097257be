package org.veille.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A character encoding as the web names it, with the Java charset that decodes it.
 *
 * @param name    the WHATWG encoding name, lower-cased ({@code "utf-8"}, {@code "windows-1252"},
 *                {@code "shift_jis"}); for the rare encodings outside the WHATWG list, the Java
 *                charset name lower-cased
 * @param charset the decoder; sometimes a superset of the name, as browsers do (Shift_JIS is
 *                decoded as windows-31j, Big5 as Big5-HKSCS)
 */
public record TextEncoding(String name, Charset charset) {

    public static final TextEncoding UTF_8 = new TextEncoding("utf-8", StandardCharsets.UTF_8);
    public static final TextEncoding UTF_16LE = new TextEncoding("utf-16le", StandardCharsets.UTF_16LE);
    public static final TextEncoding UTF_16BE = new TextEncoding("utf-16be", StandardCharsets.UTF_16BE);
    public static final TextEncoding WINDOWS_1252 = new TextEncoding("windows-1252", Charset.forName("windows-1252"));

    public TextEncoding {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(charset, "charset");
    }

    public boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    public boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }
}
