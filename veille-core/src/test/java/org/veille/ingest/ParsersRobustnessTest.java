package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Every small parser on empty input and on random input: none may throw, whatever the bytes.
 * The alphabets are biased towards markup so that the random inputs reach the parsers' branches.
 */
class ParsersRobustnessTest {

    private static final String MARKUP = "<>/!-?=\"' \t\nmetacharsetcontenhtp-equivxml;utf8";

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(maxLength);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static ByteBuffer latin1(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void emptyInputIsHandledByEveryParser() {
        ByteBuffer empty = ByteBuffer.allocate(0);
        assertEquals(List.of(), MetaCharsetPrescan.scan(empty));
        assertTrue(XmlDeclaration.encoding(empty).isEmpty());
        assertTrue(CharsetParameter.extract("").isEmpty());
        assertEquals(new Utf8Scan(0, 0), Utf8Scan.of(empty));
        assertTrue(BinarySniffer.sniff(empty).isEmpty());
        assertEquals(0, SingleByteDisambiguator.implausibility(""));
        assertEquals(TextEncoding.WINDOWS_1252, SingleByteDisambiguator.refine(TextEncoding.WINDOWS_1252, empty));
        assertTrue(EncodingLabels.lookupLeniently("").isEmpty());
    }

    @Test
    void randomMarkupNeverBreaksTheDeclarationParsers() {
        Random random = new Random(5);
        for (int i = 0; i < 800; i++) {
            String text = randomText(random, MARKUP, 300);
            MetaCharsetPrescan.scan(latin1(text));
            MetaCharsetPrescan.scan(latin1("<meta " + text));
            XmlDeclaration.encoding(latin1("<?xml " + text));
            CharsetParameter.extract(text);
            EncodingLabels.lookup(text);
            if (i % 20 == 0) {
                // Asking the JDK about an unknown charset name is slow; a sample is enough.
                EncodingLabels.lookupLeniently(text);
            }
        }
    }

    @Test
    void randomBytesNeverBreakTheByteParsers() {
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(3000)];
            random.nextBytes(b);
            ByteBuffer buffer = ByteBuffer.wrap(b);
            MetaCharsetPrescan.scan(buffer);
            XmlDeclaration.encoding(buffer);
            Utf8Scan scan = Utf8Scan.of(buffer);
            assertTrue(scan.invalid() + scan.multibyte() <= b.length);
            SingleByteDisambiguator.refine(TextEncoding.WINDOWS_1252, buffer);
            SingleByteDisambiguator.refine(EncodingLabels.lookup("x-mac-cyrillic").orElseThrow(), buffer);
            CharsetParameter.extract(new String(b, StandardCharsets.ISO_8859_1));
        }
    }
}
