package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.veille.model.DecodedDocument;
import org.veille.model.ErrorKind;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.model.SourceFormat;
import org.veille.pipeline.Outcome;

class DocumentDecoderTest {

    private final DocumentDecoder decoder = new DocumentDecoder(IngestSettings.defaults());

    private Outcome<DecodedDocument> decode(byte[] bytes) {
        return decoder.decode(RawDocument.of("doc.html", bytes));
    }

    private static void assertFails(Outcome<?> outcome, ErrorKind kind, String messagePart) {
        assertFalse(outcome.isOk(), () -> "expected " + kind + " but decoded");
        assertEquals(kind, outcome.error().kind(), outcome.error()::message);
        assertTrue(outcome.error().message().contains(messagePart), outcome.error()::message);
    }

    @Test
    void htmlPageIsDecodedWithCharsetFormatIdAndSize() {
        byte[] bytes = "<!DOCTYPE html><html><head><meta charset=utf-8><title>Été</title></head></html>"
                .getBytes(StandardCharsets.UTF_8);
        DecodedDocument doc = decode(bytes).value();
        assertEquals(SourceFormat.HTML, doc.format());
        assertEquals("utf-8", doc.source().charset());
        assertEquals(bytes.length, doc.source().bytes());
        assertEquals("doc.html", doc.source().uri());
        assertEquals(DocumentIds.of(bytes), doc.id());
        assertTrue(doc.text().contains("Été"));
        assertNull(doc.url());
    }

    @Test
    void plainTextDumpIsText() {
        DecodedDocument doc = decode("Titre\n\nUn paragraphe.".getBytes(StandardCharsets.UTF_8)).value();
        assertEquals(SourceFormat.TEXT, doc.format());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        byte[] body = "Bonjour".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xfe;
        bytes[1] = (byte) 0xff;
        System.arraycopy(body, 0, bytes, 2, body.length);
        DecodedDocument doc = decode(bytes).value();
        assertEquals("Bonjour", doc.text());
        assertEquals("utf-16be", doc.source().charset());

        DecodedDocument utf8 = decode(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i'}).value();
        assertEquals("hi", utf8.text());
    }

    @Test
    void httpCharsetAndFinalUrlComeFromFetchMetadata() {
        byte[] bytes = CharsetDetectorTest.RUSSIAN.getBytes(Charset.forName("KOI8-R"));
        RawDocument raw = RawDocument.of("http://example.org/a", bytes,
                new FetchMetadata("https://example.org/final", 200, "text/plain; charset=koi8-r"));
        DecodedDocument doc = decoder.decode(raw).value();
        assertEquals("koi8-r", doc.source().charset());
        assertEquals(CharsetDetectorTest.RUSSIAN, doc.text());
        assertEquals("https://example.org/final", doc.url());
        assertEquals("http://example.org/a", doc.source().uri());
    }

    @Test
    void urlHintIsTheUriWhenItIsAUrlWithoutMetadata() {
        DecodedDocument doc = decoder.decode(RawDocument.of("https://example.org/x", "text".getBytes(
                StandardCharsets.US_ASCII))).value();
        assertEquals("https://example.org/x", doc.url());
    }

    @Test
    void declaredLatin1ButUtf8BytesDecodeWithoutMojibakeAndWarn() {
        byte[] bytes = ("<meta charset=iso-8859-1><p>" + CharsetDetectorTest.FRENCH).getBytes(StandardCharsets.UTF_8);
        Outcome<DecodedDocument> outcome = decode(bytes);
        assertTrue(outcome.value().text().contains("République"));
        assertEquals("utf-8", outcome.value().source().charset());
        assertTrue(outcome.value().warnings().stream().anyMatch(w -> w.code().equals("charset-mismatch")));
    }

    @Test
    void sniffedLatin2IsDecodedCorrectly() {
        DecodedDocument doc = decode(CharsetDetectorTest.POLISH.getBytes(Charset.forName("ISO-8859-2"))).value();
        assertEquals(CharsetDetectorTest.POLISH, doc.text());
        assertEquals("iso-8859-2", doc.source().charset());
    }

    @Test
    void zeroBytesIsEmpty() {
        assertFails(decode(new byte[0]), ErrorKind.EMPTY, "doc.html is empty");
    }

    @Test
    void whitespaceOnlyIsEmpty() {
        assertFails(decode(" \n\t\r\n  ".getBytes(StandardCharsets.US_ASCII)), ErrorKind.EMPTY, "only whitespace");
        assertFails(decode(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, ' ', '\n'}), ErrorKind.EMPTY,
                "only whitespace");
    }

    @Test
    void pngIsBinaryAndNamed() {
        assertFails(decode(BinarySnifferTest.PNG), ErrorKind.BINARY, "not a text document: PNG image signature");
    }

    @Test
    void pdfIsBinaryAndNamed() {
        assertFails(decode("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII)), ErrorKind.BINARY, "PDF document");
    }

    @Test
    void nulBytesAreBinary() {
        assertFails(decode(new byte[] {'a', 'b', 0, 0, 'c'}), ErrorKind.BINARY, "NUL bytes");
    }

    @Test
    void documentOverTheCapIsTooLarge() {
        DocumentDecoder small = new DocumentDecoder(IngestSettings.defaults().withMaxBytes(1024));
        Outcome<DecodedDocument> outcome = small.decode(RawDocument.of("big.txt", new byte[2048]));
        assertFails(outcome, ErrorKind.TOO_LARGE, "big.txt is 2 KiB, over the 1 KiB cap");
    }

    @Test
    void warningsSurviveAnEmptyFailure() {
        byte[] bytes = "  \n".getBytes(StandardCharsets.US_ASCII);
        RawDocument raw = RawDocument.of("x", bytes, new FetchMetadata(null, 200, "text/html; charset=bogus"));
        Outcome<DecodedDocument> outcome = decoder.decode(raw);
        assertEquals(ErrorKind.EMPTY, outcome.error().kind());
        assertTrue(outcome.warnings().stream().anyMatch(w -> w.code().equals("charset-unknown")));
    }

    @Test
    void randomBytesNeverThrowAndAlwaysGiveAnOutcome() {
        Random random = new Random(1);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[random.nextInt(4000)];
            random.nextBytes(b);
            if (i % 3 == 0) {
                // Mostly-text random input gets past the binary check and exercises decoding.
                for (int k = 0; k < b.length; k++) {
                    b[k] = (byte) (b[k] & 0x7f | 0x20 | (k % 7 == 0 ? 0x80 : 0));
                }
            }
            Outcome<DecodedDocument> outcome = decoder.decode(RawDocument.of("r" + i, b));
            if (!outcome.isOk()) {
                assertFalse(outcome.error().kind() == ErrorKind.INTERNAL, outcome.error()::message);
            }
        }
    }

    @Test
    void aViewPositionedPastZeroIsDecodedFromItsPosition() {
        ByteBuffer buffer = ByteBuffer.wrap("XXhello".getBytes(StandardCharsets.US_ASCII));
        buffer.position(2);
        DecodedDocument doc = decoder.decode(new RawDocument("slice", buffer, null)).value();
        assertEquals("hello", doc.text());
    }
}
