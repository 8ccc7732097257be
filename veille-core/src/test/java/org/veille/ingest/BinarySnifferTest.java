package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class BinarySnifferTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    private static Optional<String> sniff(byte[] bytes) {
        return BinarySniffer.sniff(ByteBuffer.wrap(bytes));
    }

    private static Optional<String> sniff(String text) {
        return sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pngIsNamedBySignature() {
        assertEquals(Optional.of("PNG image signature"), sniff(PNG));
    }

    @Test
    void pdfIsNamedBySignature() {
        assertEquals(Optional.of("PDF document signature"), sniff("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
    }

    @Test
    void jpegGifAndZipAreNamed() {
        assertTrue(sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}).orElseThrow().startsWith("JPEG"));
        assertTrue(sniff("GIF89a....").orElseThrow().startsWith("GIF"));
        assertTrue(sniff(new byte[] {'P', 'K', 3, 4, 20, 0}).orElseThrow().startsWith("ZIP"));
    }

    @Test
    void gzipThatWasNotUndoneIsBinary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(sniff(out.toByteArray()).orElseThrow().contains("gzip"));
    }

    @Test
    void nulBytesMakeBinaryWithTheirOffset() {
        assertEquals(Optional.of("NUL bytes (first at offset 5)"), sniff(new byte[] {'h', 'e', 'l', 'l', 'o', 0, 'x'}));
    }

    @Test
    void manyControlCharactersMakeBinary() {
        byte[] b = "some text ".repeat(20).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < b.length; i += 8) {
            b[i] = 0x01;
        }
        assertTrue(sniff(b).orElseThrow().contains("control bytes"));
    }

    @Test
    void utf16WithBomIsTextDespiteItsNulBytes() {
        byte[] body = "<html><body>Bonjour</body></html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xff;
        b[1] = (byte) 0xfe;
        System.arraycopy(body, 0, b, 2, body.length);
        assertTrue(sniff(b).isEmpty());
    }

    @Test
    void ordinaryTextIsNotBinary() {
        assertTrue(sniff("Bonjour,\ttout le monde !\r\n\fPage 2\u001b$B...").isEmpty());
        assertTrue(sniff("ID3 tags explained: OTTO, RIFF and BZh are just words here.").isEmpty());
        assertTrue(sniff("Le cœur a ses raisons".getBytes(java.nio.charset.Charset.forName("windows-1252"))).isEmpty());
    }

    @Test
    void emptyInputIsNotBinary() {
        assertTrue(sniff(new byte[0]).isEmpty());
        assertTrue(sniff(new byte[] {(byte) 0x89}).isEmpty());
    }

    @Test
    void randomBytesDoNotThrow() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[random.nextInt(600)];
            random.nextBytes(b);
            sniff(b);
        }
    }
}
