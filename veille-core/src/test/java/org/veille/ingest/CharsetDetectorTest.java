package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.veille.model.Warning;

class CharsetDetectorTest {

    private final CharsetDetector detector = new CharsetDetector();

    static final String FRENCH = "Le président de la République a réuni mercredi les ministres pour évoquer la "
            + "situation économique du pays. Selon des sources gouvernementales, les discussions ont porté sur "
            + "l'inflation et le prix de l'énergie, qui ont fortement augmenté ces derniers mois. « Aucune décision "
            + "n'a été prise », a précisé l'Élysée à l'issue de la réunion, où les ministres ont également évoqué "
            + "la réforme des retraites et la hausse des taux d'intérêt décidée par la Banque centrale européenne.";

    static final String POLISH = "W środę rano prezydent spotkał się z ministrami, aby omówić sytuację gospodarczą "
            + "kraju. Według źródeł rządowych rozmowy dotyczyły przede wszystkim inflacji i cen energii, które w "
            + "ostatnich miesiącach znacząco wzrosły. Żadna decyzja nie zapadła, a rzecznik rządu zapowiedział "
            + "kolejne spotkanie w przyszłym tygodniu. Zażółć gęślą jaźń.";

    static final String RUSSIAN = "Президент в среду встретился с министрами, чтобы обсудить экономическую ситуацию "
            + "в стране. По данным правительственных источников, переговоры касались прежде всего инфляции и цен на "
            + "энергоносители, которые значительно выросли за последние месяцы. Решение пока не принято.";

    static final String JAPANESE = "東京都は水曜日、新しい経済対策を発表した。政府関係者によると、物価の上昇と"
            + "エネルギー価格の高騰に対応するため、家計への支援を拡大する方針だという。知事は記者会見で、"
            + "「都民の生活を守るために全力を尽くす」と述べた。";

    private static ByteBuffer bytes(String text, String charset) {
        return ByteBuffer.wrap(text.getBytes(Charset.forName(charset)));
    }

    private static ByteBuffer concat(byte[] prefix, byte[] body) {
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return ByteBuffer.wrap(all);
    }

    private static boolean hasWarning(CharsetDecision decision, String code) {
        return decision.warnings().stream().map(Warning::code).anyMatch(code::equals);
    }

    @Test
    void utf8ByteOrderMarkWinsOverEveryDeclaration() {
        ByteBuffer b = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "<meta charset=\"iso-8859-2\">été".getBytes(StandardCharsets.UTF_8));
        CharsetDecision d = detector.detect(b, "text/html; charset=windows-1251");
        assertEquals("utf-8", d.encoding().name());
        assertEquals(CharsetSource.BOM, d.source());
        assertEquals(3, d.bomLength());
    }

    @Test
    void utf16LittleEndianByteOrderMarkIsRecognised() {
        ByteBuffer b = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
        CharsetDecision d = detector.detect(b, null);
        assertEquals("utf-16le", d.encoding().name());
        assertEquals(CharsetSource.BOM, d.source());
        assertEquals(2, d.bomLength());
    }

    @Test
    void utf16BigEndianByteOrderMarkIsRecognised() {
        ByteBuffer b = concat(new byte[] {(byte) 0xfe, (byte) 0xff}, FRENCH.getBytes(StandardCharsets.UTF_16BE));
        CharsetDecision d = detector.detect(b, null);
        assertEquals("utf-16be", d.encoding().name());
        assertEquals(CharsetSource.BOM, d.source());
    }

    @Test
    void httpContentTypeCharsetIsUsedWhenThereIsNoBom() {
        CharsetDecision d = detector.detect(bytes("<p>" + POLISH, "ISO-8859-2"), "text/html; charset=ISO-8859-2");
        assertEquals("iso-8859-2", d.encoding().name());
        assertEquals(CharsetSource.HTTP, d.source());
        assertTrue(d.warnings().isEmpty(), d.warnings()::toString);
    }

    @Test
    void httpHeaderWinsOverTheMetaElement() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body>" + RUSSIAN;
        CharsetDecision d = detector.detect(bytes(page, "windows-1251"), "text/html;charset=\"windows-1251\"");
        assertEquals("windows-1251", d.encoding().name());
        assertEquals(CharsetSource.HTTP, d.source());
    }

    @Test
    void metaCharsetIsFoundByThePrescan() {
        String page = "<!DOCTYPE html><html><head><!-- <meta charset=\"koi8-r\"> --><meta charset='iso-8859-2'>"
                + "<title>x</title></head><body><p>" + POLISH;
        CharsetDecision d = detector.detect(bytes(page, "ISO-8859-2"), null);
        assertEquals("iso-8859-2", d.encoding().name());
        assertEquals(CharsetSource.META, d.source());
    }

    @Test
    void httpEquivContentTypeIsFoundByThePrescan() {
        String page = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"
                + "</head><body>" + RUSSIAN;
        CharsetDecision d = detector.detect(bytes(page, "windows-1251"), null);
        assertEquals("windows-1251", d.encoding().name());
        assertEquals(CharsetSource.META, d.source());
    }

    @Test
    void xmlDeclarationEncodingIsUsedWithoutMeta() {
        String page = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>" + POLISH + "</p></body></html>";
        CharsetDecision d = detector.detect(bytes(page, "ISO-8859-2"), null);
        assertEquals("iso-8859-2", d.encoding().name());
        assertEquals(CharsetSource.XML_DECLARATION, d.source());
    }

    @Test
    void latin1LabelMeansWindows1252AsInBrowsers() {
        String page = "<meta charset=latin1><p>" + FRENCH + " \u2019quoted\u2019";
        CharsetDecision d = detector.detect(bytes(page, "windows-1252"), null);
        assertEquals("windows-1252", d.encoding().name());
        assertEquals(CharsetSource.META, d.source());
    }

    @Test
    void validUtf8BytesWithoutDeclarationAreSniffedAsUtf8() {
        CharsetDecision d = detector.detect(bytes(FRENCH, "UTF-8"), null);
        assertEquals("utf-8", d.encoding().name());
        assertEquals(CharsetSource.SNIFFED, d.source());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void pureAsciiIsReportedAsUtf8WithoutWarning() {
        CharsetDecision d = detector.detect(bytes("Just plain ASCII text.", "US-ASCII"), null);
        assertEquals("utf-8", d.encoding().name());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void undeclaredWestern1252TextIsSniffedAsWindows1252() {
        CharsetDecision d = detector.detect(bytes(FRENCH, "windows-1252"), null);
        assertEquals("windows-1252", d.encoding().name());
        assertTrue(hasWarning(d, "charset-guessed"));
    }

    @Test
    void undeclaredPolishLatin2TextIsSniffedAsIso88592() {
        CharsetDecision d = detector.detect(bytes(POLISH, "ISO-8859-2"), null);
        assertEquals("iso-8859-2", d.encoding().name());
        assertEquals(CharsetSource.SNIFFED, d.source());
    }

    @Test
    void undeclaredPolishWindows1250TextIsSniffedAsWindows1250() {
        CharsetDecision d = detector.detect(bytes(POLISH, "windows-1250"), null);
        assertEquals("windows-1250", d.encoding().name());
    }

    @Test
    void undeclaredRussianWindows1251TextIsNotTakenForMacCyrillic() {
        CharsetDecision d = detector.detect(bytes(RUSSIAN, "windows-1251"), null);
        assertEquals("windows-1251", d.encoding().name());
    }

    @Test
    void undeclaredRussianKoi8TextIsSniffedAsKoi8r() {
        CharsetDecision d = detector.detect(bytes(RUSSIAN, "KOI8-R"), null);
        assertEquals("koi8-r", d.encoding().name());
    }

    @Test
    void undeclaredShiftJisTextIsSniffedWithTheWhatwgName() {
        CharsetDecision d = detector.detect(bytes(JAPANESE, "windows-31j"), null);
        assertEquals("shift_jis", d.encoding().name());
    }

    @Test
    void declaredLatin1ButActuallyUtf8IsDecodedAsUtf8WithAWarning() {
        String page = "<meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-1\"><p>" + FRENCH;
        CharsetDecision d = detector.detect(bytes(page, "UTF-8"), null);
        assertEquals("utf-8", d.encoding().name());
        Warning w = d.warnings().stream().filter(x -> x.code().equals("charset-mismatch")).findFirst().orElseThrow();
        assertEquals("ingest", w.stage());
        assertTrue(w.message().toLowerCase(java.util.Locale.ROOT).contains("iso-8859-1") && w.message().contains("valid UTF-8"),
                w.message());
    }

    @Test
    void declaredHttpLatin1ButActuallyUtf8IsDecodedAsUtf8() {
        CharsetDecision d = detector.detect(bytes(FRENCH, "UTF-8"), "text/plain; charset=iso-8859-1");
        assertEquals("utf-8", d.encoding().name());
        assertTrue(hasWarning(d, "charset-mismatch"));
    }

    @Test
    void declaredUtf8ButActuallyLatin1IsSniffedWithAWarning() {
        CharsetDecision d = detector.detect(bytes("<meta charset=utf-8><p>" + FRENCH, "windows-1252"), null);
        assertEquals("windows-1252", d.encoding().name());
        assertTrue(hasWarning(d, "charset-mismatch"));
    }

    @Test
    void aFewInvalidBytesInDeclaredUtf8KeepUtf8AndWarn() {
        byte[] good = FRENCH.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = concat(good, new byte[] {(byte) 0xe9, ' ', 'x'});
        CharsetDecision d = detector.detect(b, "text/html; charset=utf-8");
        assertEquals("utf-8", d.encoding().name());
        assertEquals(CharsetSource.HTTP, d.source());
        assertTrue(hasWarning(d, "invalid-utf-8"));
    }

    @Test
    void unknownLabelIsReportedAndSniffingDecides() {
        CharsetDecision d = detector.detect(bytes("<meta charset=\"x-klingon\"><p>" + FRENCH, "UTF-8"), null);
        assertEquals("utf-8", d.encoding().name());
        assertEquals(CharsetSource.SNIFFED, d.source());
        Warning w = d.warnings().stream().filter(x -> x.code().equals("charset-unknown")).findFirst().orElseThrow();
        assertTrue(w.message().contains("x-klingon"), w.message());
    }

    @Test
    void unknownHttpLabelFallsThroughToTheMetaElement() {
        CharsetDecision d = detector.detect(bytes("<meta charset=iso-8859-2><p>" + POLISH, "ISO-8859-2"),
                "text/html; charset=bogus");
        assertEquals("iso-8859-2", d.encoding().name());
        assertEquals(CharsetSource.META, d.source());
        assertTrue(hasWarning(d, "charset-unknown"));
    }

    @Test
    void metaDeclaringUtf16IsReadAsUtf8() {
        CharsetDecision d = detector.detect(bytes("<meta charset=utf-16><p>ok", "US-ASCII"), null);
        assertEquals("utf-8", d.encoding().name());
        assertEquals(CharsetSource.META, d.source());
    }

    @Test
    void shortUndeclaredLegacyTextFallsBackToWindows1252() {
        CharsetDecision d = detector.detect(ByteBuffer.wrap(new byte[] {'c', 'a', 'f', (byte) 0xe9}), null);
        assertEquals("windows-1252", d.encoding().name());
        assertTrue(hasWarning(d, "charset-guessed"));
    }

    @Test
    void emptyInputDoesNotThrow() {
        CharsetDecision d = detector.detect(ByteBuffer.allocate(0), null);
        assertEquals("utf-8", d.encoding().name());
    }

    @Test
    void randomBytesDoNotThrow() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(3000)];
            random.nextBytes(b);
            CharsetDecision d = detector.detect(ByteBuffer.wrap(b), i % 2 == 0 ? null : "text/html; charset=" + i);
            assertTrue(d.encoding().name().equals(d.encoding().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void warningsListIsImmutable() {
        List<Warning> warnings = detector.detect(bytes(FRENCH, "windows-1252"), null).warnings();
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> warnings.add(new Warning("a", "b", "c")));
    }
}
