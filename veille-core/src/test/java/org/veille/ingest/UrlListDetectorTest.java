package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class UrlListDetectorTest {

    @Test
    void linesOfUrlsWithCommentsAndBlanksAreAList() {
        String text = "\uFEFF# morning run\nhttps://example.org/a\r\n\n  http://example.org/b?x=1  \n#end\n";
        assertEquals(Optional.of(List.of("https://example.org/a", "http://example.org/b?x=1")),
                UrlListDetector.parse(text));
    }

    @Test
    void aPageDumpContainingUrlsIsNotAList() {
        String dump = "Read more at\nhttps://example.org/a\nand tell your friends.";
        assertTrue(UrlListDetector.parse(dump).isEmpty());
    }

    @Test
    void commentsAloneAreNotAList() {
        assertTrue(UrlListDetector.parse("# nothing yet\n\n").isEmpty());
        assertTrue(UrlListDetector.parse("").isEmpty());
    }

    @Test
    void urlsNeedAnHttpSchemeAndAHost() {
        assertTrue(UrlListDetector.isHttpUrl("HTTPS://Example.org"));
        assertTrue(UrlListDetector.isHttpUrl("http://[::1]:8080/x"));
        assertFalse(UrlListDetector.isHttpUrl("ftp://example.org/"));
        assertFalse(UrlListDetector.isHttpUrl("http://"));
        assertFalse(UrlListDetector.isHttpUrl("http:///path"));
        assertFalse(UrlListDetector.isHttpUrl("https://example.org/a b"));
        assertFalse(UrlListDetector.isHttpUrl("www.example.org"));
    }

    @Test
    void longListsAreReadPastThePrefix() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("https://example.org/articles/").append(i).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > UrlListDetector.PREFIX_BYTES);
        Optional<List<String>> urls = UrlListDetector.detect(new ByteArrayInputStream(bytes), 1 << 20);
        assertEquals(2000, urls.orElseThrow().size());
        assertEquals("https://example.org/articles/1999", urls.get().get(1999));
    }

    @Test
    void aLongListWithATrailingNonUrlLineIsNotAList() throws IOException {
        String text = "https://example.org/x\n".repeat(1500) + "but this is prose\n";
        assertTrue(UrlListDetector.detect(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20)
                .isEmpty());
    }

    @Test
    void aListLargerThanTheCapIsNotAList() throws IOException {
        String text = "https://example.org/x\n".repeat(1500);
        assertTrue(UrlListDetector.detect(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 20_000)
                .isEmpty());
    }

    @Test
    void randomBytesDoNotThrow() throws IOException {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(2000)];
            random.nextBytes(b);
            UrlListDetector.detect(new ByteArrayInputStream(b), 1 << 20);
            UrlListDetector.parse(new String(b, StandardCharsets.ISO_8859_1));
        }
        assertTrue(UrlListDetector.detect(new ByteArrayInputStream(new byte[0]), 100).isEmpty());
    }
}
