package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The scan skips ASCII a word at a time; these pin that no sequence is missed at any alignment. */
class Utf8ScanTest {

    private static byte[] bytes(int asciiBefore, byte[] middle, int asciiAfter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a".repeat(asciiBefore).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(middle);
        out.writeBytes("b".repeat(asciiAfter).getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void countsMultiByteSequencesAtEveryAlignment() {
        byte[] accents = "é€\uD83D\uDE00".getBytes(StandardCharsets.UTF_8); // 2-, 3- and 4-byte sequences
        for (int before = 0; before <= 17; before++) {
            for (int after = 0; after <= 9; after++) {
                assertEquals(new Utf8Scan(3, 0), Utf8Scan.of(ByteBuffer.wrap(bytes(before, accents, after))),
                        before + " ASCII bytes before, " + after + " after");
            }
        }
    }

    @Test
    void countsAStrayByteAtEveryAlignment() {
        for (int before = 0; before <= 17; before++) {
            assertEquals(new Utf8Scan(0, 1), Utf8Scan.of(ByteBuffer.wrap(bytes(before, new byte[] {(byte) 0x80}, 11))),
                    before + " ASCII bytes before");
            // A lead byte cut off by the end of the input is invalid too.
            assertEquals(new Utf8Scan(0, 1), Utf8Scan.of(ByteBuffer.wrap(bytes(before, new byte[] {(byte) 0xc3}, 0))));
        }
    }

    @Test
    void scansOnlyTheBufferWindow() {
        byte[] all = bytes(9, "ü".getBytes(StandardCharsets.UTF_8), 9);
        ByteBuffer window = ByteBuffer.wrap(all, 3, 7).slice(); // 6 ASCII bytes and the first byte of ü
        assertEquals(new Utf8Scan(0, 1), Utf8Scan.of(window));
        ByteBuffer positioned = ByteBuffer.wrap(all);
        positioned.position(10); // the second byte of ü: a stray continuation byte
        assertEquals(new Utf8Scan(0, 1), Utf8Scan.of(positioned));
        assertEquals(new Utf8Scan(1, 0), Utf8Scan.of(ByteBuffer.wrap(all).asReadOnlyBuffer()));
    }
}
