package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The fast decoder must give the JDK's text to the character, and step aside on malformed input. */
class Utf8DecoderTest {

    private static String decode(byte[] bytes) {
        return Utf8Decoder.decodeWellFormed(bytes, 0, bytes.length);
    }

    @Test
    void agreesWithTheJdkOnMixedTextAtEveryRunLength() {
        String[] pieces = {"é", "’", "€", "\uD83D\uDE00", "ж", "中文", "\u00A0"};
        for (String piece : pieces) {
            for (int before = 0; before <= 40; before++) {
                String text = "<p class=\"x\">".repeat(before / 10) + "a".repeat(before) + piece + " b" + piece + "c".repeat(before);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                assertEquals(new String(bytes, StandardCharsets.UTF_8), decode(bytes), text);
            }
        }
    }

    @Test
    void decodesPureAsciiAndEmptyInput() {
        assertEquals("plain <b>ascii</b> text", decode("plain <b>ascii</b> text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", decode(new byte[0]));
    }

    @Test
    void decodesOnlyTheRangeAsked() {
        byte[] bytes = "xx«Zürich»yy".getBytes(StandardCharsets.UTF_8);
        assertEquals("«Zürich»", Utf8Decoder.decodeWellFormed(bytes, 2, bytes.length - 4));
    }

    @Test
    void givesUpOnMalformedInput() {
        assertNull(decode(new byte[] {'a', (byte) 0xe9, 'b'}));        // a Latin-1 byte
        assertNull(decode(new byte[] {'a', (byte) 0xc3}));             // cut off at the end
        assertNull(decode(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})); // an encoded surrogate
        assertNull(decode(new byte[] {(byte) 0xc0, (byte) 0xaf}));     // an overlong form
    }
}
