package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The small parsers that read charset declarations: Content-Type parameter, meta prescan, XML declaration. */
class DeclarationParsersTest {

    private static List<String> meta(String html) {
        return MetaCharsetPrescan.scan(ByteBuffer.wrap(html.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static Optional<String> xml(String text) {
        return XmlDeclaration.encoding(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void charsetParameterIsExtractedLeniently() {
        assertEquals(Optional.of("utf-8"), CharsetParameter.extract("text/html; charset=utf-8"));
        assertEquals(Optional.of("UTF-8"), CharsetParameter.extract("text/html;Charset=UTF-8;foo=bar"));
        assertEquals(Optional.of("iso-8859-1"), CharsetParameter.extract("text/html; charset = \"iso-8859-1\""));
        assertEquals(Optional.of("koi8-r"), CharsetParameter.extract("text/html; charset='koi8-r'"));
        assertEquals(Optional.of("x"), CharsetParameter.extract("text/html; notcharset; charset=x"));
        assertTrue(CharsetParameter.extract("text/html").isEmpty());
        assertTrue(CharsetParameter.extract("text/html; charset=").isEmpty());
        assertTrue(CharsetParameter.extract("text/html; charset=\"unterminated").isEmpty());
        assertTrue(CharsetParameter.extract(null).isEmpty());
    }

    @Test
    void metaCharsetAttributeIsFoundInAnyCase() {
        assertEquals(List.of("euc-jp"), meta("<html><HEAD><Meta CharSet=\"EUC-JP\"></head>"));
        assertEquals(List.of("utf-8"), meta("<meta charset=utf-8/>"));
    }

    @Test
    void httpEquivNeedsBothPragmaAndContent() {
        assertEquals(List.of("windows-1251"),
                meta("<meta content='text/html; charset=windows-1251' http-equiv='Content-Type'>"));
        assertEquals(List.of(), meta("<meta name=\"description\" content=\"charset=koi8-r is great\">"));
    }

    @Test
    void declarationsInsideCommentsAndAttributeValuesAreIgnored() {
        assertEquals(List.of(), meta("<!-- <meta charset=koi8-r> -->"));
        assertEquals(List.of(), meta("<div title=\"<meta charset=koi8-r>\">"));
        assertEquals(List.of("utf-8"), meta("<!-- x --><a href='<meta charset=koi8-r>'><meta charset=utf-8>"));
    }

    @Test
    void scanningStopsAtTheFirstLabelTheCallerAccepts() {
        String page = "<meta charset=bogus><link href='/A.css' rel=stylesheet><meta charset=utf-8><meta charset=koi8-r>";
        ByteBuffer bytes = ByteBuffer.wrap(page.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("bogus", "utf-8", "koi8-r"), MetaCharsetPrescan.scan(bytes));
        assertEquals(List.of("bogus", "utf-8"), MetaCharsetPrescan.scanUntil(bytes, label -> !label.equals("bogus")));
        assertEquals(List.of("bogus", "utf-8", "koi8-r"), MetaCharsetPrescan.scanUntil(bytes, label -> false));
    }

    @Test
    void metaBeyondTheWindowIsNotSeen() {
        String padding = "<p>" + "x".repeat(MetaCharsetPrescan.WINDOW) + "</p>";
        assertEquals(List.of(), meta(padding + "<meta charset=koi8-r>"));
    }

    @Test
    void allDeclarationsAreReturnedInOrder() {
        assertEquals(List.of("bogus", "utf-8"), meta("<meta charset=bogus><meta charset=utf-8>"));
    }

    @Test
    void xmlDeclarationEncodingIsRead() {
        assertEquals(Optional.of("ISO-8859-1"), xml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>"));
        assertEquals(Optional.of("utf-8"), xml("<?xml version='1.0' encoding='utf-8' standalone='yes'?>"));
        assertTrue(xml("<?xml version=\"1.0\"?><html/>").isEmpty());
        assertTrue(xml("  <?xml version=\"1.0\" encoding=\"utf-8\"?>").isEmpty());
        assertTrue(xml("<?xml-stylesheet encoding=\"utf-8\"?>").isEmpty());
        assertTrue(xml("<?xml version=\"1.0\" encoding=\"utf-8\"").isEmpty());
    }

    @Test
    void utf8ScanCountsCharactersAndInvalidBytes() {
        assertEquals(new Utf8Scan(2, 0), Utf8Scan.of(ByteBuffer.wrap("été".getBytes(StandardCharsets.UTF_8))));
        assertEquals(new Utf8Scan(1, 0), Utf8Scan.of(ByteBuffer.wrap("😀".getBytes(StandardCharsets.UTF_8))));
        assertTrue(Utf8Scan.of(ByteBuffer.wrap("plain".getBytes(StandardCharsets.US_ASCII))).isPureAscii());
        // Overlong "/", a CESU surrogate, a lone continuation byte, a truncated sequence.
        assertEquals(2, Utf8Scan.of(ByteBuffer.wrap(new byte[] {(byte) 0xc0, (byte) 0xaf})).invalid());
        assertEquals(3, Utf8Scan.of(ByteBuffer.wrap(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).invalid());
        assertEquals(1, Utf8Scan.of(ByteBuffer.wrap(new byte[] {(byte) 0x80})).invalid());
        assertEquals(2, Utf8Scan.of(ByteBuffer.wrap(new byte[] {(byte) 0xe2, (byte) 0x82})).invalid());
    }
}
