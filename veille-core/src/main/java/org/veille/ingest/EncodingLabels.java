package org.veille.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps encoding labels to encodings the way browsers do (WHATWG Encoding Standard, "get an encoding").
 *
 * <p>This matters for correctness, not just naming: a page labelled {@code iso-8859-1} or even
 * {@code us-ascii} is decoded by every browser as windows-1252, so curly quotes in the 0x80-0x9F
 * range come out as quotes and not as control characters. Labels of encodings the JDK lacks
 * (iso-8859-10, iso-8859-14) and the "replacement" labels (iso-2022-kr, hz-gb-2312) are unknown here,
 * which makes the caller fall back to sniffing.
 */
public final class EncodingLabels {

    private static final Map<String, TextEncoding> BY_LABEL = build();

    private EncodingLabels() {
    }

    /** The encoding for a WHATWG label (surrounding whitespace and case ignored), if known and decodable. */
    public static Optional<TextEncoding> lookup(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_LABEL.get(normalize(label)));
    }

    /**
     * Like {@link #lookup}, then falls back to any charset the JDK knows by that name (for detector
     * answers such as {@code IBM855} that are outside the WHATWG list).
     */
    public static Optional<TextEncoding> lookupLeniently(String label) {
        Optional<TextEncoding> known = lookup(label);
        if (known.isPresent() || label == null) {
            return known;
        }
        try {
            String trimmed = label.strip();
            if (!trimmed.isEmpty() && Charset.isSupported(trimmed)) {
                Charset charset = Charset.forName(trimmed);
                return Optional.of(new TextEncoding(charset.name().toLowerCase(Locale.ROOT), charset));
            }
        } catch (IllegalCharsetNameException e) {
            // Not a syntactically valid name: unknown.
        }
        return Optional.empty();
    }

    private static String normalize(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, TextEncoding> build() {
        Map<String, TextEncoding> map = new HashMap<>();
        add(map, "utf-8", "UTF-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
                "x-unicode20utf8");
        add(map, "ibm866", "IBM866", "866", "cp866", "csibm866", "ibm866");
        add(map, "iso-8859-2", "ISO-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592",
                "iso_8859-2", "iso_8859-2:1987", "l2", "latin2");
        add(map, "iso-8859-3", "ISO-8859-3", "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593",
                "iso_8859-3", "iso_8859-3:1988", "l3", "latin3");
        add(map, "iso-8859-4", "ISO-8859-4", "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594",
                "iso_8859-4", "iso_8859-4:1988", "l4", "latin4");
        add(map, "iso-8859-5", "ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144",
                "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988");
        add(map, "iso-8859-6", "ISO-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i",
                "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127",
                "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987");
        add(map, "iso-8859-7", "ISO-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8",
                "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
        add(map, "iso-8859-8", "ISO-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8",
                "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual");
        // Logical and visual Hebrew share their bytes; only the display order differs.
        add(map, "iso-8859-8-i", "ISO-8859-8", "csiso88598i", "iso-8859-8-i", "logical");
        add(map, "iso-8859-13", "ISO-8859-13", "iso-8859-13", "iso8859-13", "iso885913");
        add(map, "iso-8859-15", "ISO-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915",
                "iso_8859-15", "l9");
        add(map, "iso-8859-16", "ISO-8859-16", "iso-8859-16");
        add(map, "koi8-r", "KOI8-R", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
        add(map, "koi8-u", "KOI8-U", "koi8-ru", "koi8-u");
        add(map, "macintosh", "x-MacRoman", "csmacintosh", "mac", "macintosh", "x-mac-roman");
        add(map, "windows-874", "x-windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620",
                "windows-874");
        add(map, "windows-1250", "windows-1250", "cp1250", "windows-1250", "x-cp1250");
        add(map, "windows-1251", "windows-1251", "cp1251", "windows-1251", "x-cp1251");
        add(map, "windows-1252", "windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1",
                "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987",
                "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252");
        add(map, "windows-1253", "windows-1253", "cp1253", "windows-1253", "x-cp1253");
        add(map, "windows-1254", "windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9",
                "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254");
        add(map, "windows-1255", "windows-1255", "cp1255", "windows-1255", "x-cp1255");
        add(map, "windows-1256", "windows-1256", "cp1256", "windows-1256", "x-cp1256");
        add(map, "windows-1257", "windows-1257", "cp1257", "windows-1257", "x-cp1257");
        add(map, "windows-1258", "windows-1258", "cp1258", "windows-1258", "x-cp1258");
        add(map, "x-mac-cyrillic", "x-MacCyrillic", "x-mac-cyrillic", "x-mac-ukrainian");
        // The WHATWG gbk decoder is the gb18030 decoder: GB18030 reads every GBK page.
        add(map, "gbk", "GB18030", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80",
                "gbk", "iso-ir-58", "x-gbk");
        add(map, "gb18030", "GB18030", "gb18030");
        add(map, "big5", "Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        add(map, "euc-jp", "EUC-JP", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
        add(map, "iso-2022-jp", "ISO-2022-JP", "csiso2022jp", "iso-2022-jp");
        add(map, "shift_jis", "windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis",
                "windows-31j", "x-sjis");
        add(map, "euc-kr", "x-windows-949", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean",
                "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
        add(map, "utf-16be", "UTF-16BE", "unicodefffe", "utf-16be");
        add(map, "utf-16le", "UTF-16LE", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff",
                "utf-16", "utf-16le");
        // Names the universal charset detector answers with that are not WHATWG labels.
        add(map, "windows-874", "x-windows-874", "tis620");
        add(map, "x-mac-cyrillic", "x-MacCyrillic", "maccyrillic");
        return Map.copyOf(map);
    }

    private static void add(Map<String, TextEncoding> map, String name, String javaName, String... labels) {
        if (!Charset.isSupported(javaName)) {
            // A stripped-down runtime without jdk.charsets: the label stays unknown and sniffing decides.
            return;
        }
        TextEncoding encoding = new TextEncoding(name, Charset.forName(javaName));
        for (String label : labels) {
            map.put(label, encoding);
        }
    }
}
