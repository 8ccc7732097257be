package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.veille.model.RawDocument;

/** Settings, ids, byte sizes, bounded reads, status texts: the helpers the stage is built from. */
class SmallPartsTest {

    @Test
    void defaultSettingsAreSensible() {
        IngestSettings s = IngestSettings.defaults();
        assertEquals(32L * 1024 * 1024, s.maxBytes());
        assertEquals(5, s.maxRedirects());
        assertTrue(s.userAgent().startsWith("Veille/"));
        assertTrue(s.connectTimeout().compareTo(s.requestTimeout()) <= 0);
    }

    @Test
    void withMethodsChangeOneField() {
        IngestSettings s = IngestSettings.defaults().withMaxBytes(10).withMaxRedirects(0)
                .withConnectTimeout(Duration.ofMillis(5)).withRequestTimeout(Duration.ofSeconds(1))
                .withUserAgent("test");
        assertEquals(new IngestSettings(10, Duration.ofMillis(5), Duration.ofSeconds(1), 0, "test"), s);
    }

    @Test
    void invalidSettingsAreProgrammerErrors() {
        assertThrows(IllegalArgumentException.class, () -> IngestSettings.defaults().withMaxBytes(0));
        assertThrows(IllegalArgumentException.class, () -> IngestSettings.defaults().withMaxRedirects(-1));
        assertThrows(IllegalArgumentException.class, () -> IngestSettings.defaults().withRequestTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> IngestSettings.defaults().withUserAgent(" "));
    }

    @Test
    void idIsTheSha256PrefixOfTheBytes() {
        // printf 'hello' | sha256sum
        assertEquals("2cf24dba5fb0a30e", DocumentIds.of("hello".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c14", DocumentIds.of(new byte[0]));
        assertEquals(DocumentIds.of("hello".getBytes(StandardCharsets.US_ASCII)),
                DocumentIds.of(RawDocument.of("any", "hello".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void uriIdHashesTheUri() {
        assertEquals(DocumentIds.of("missing.html".getBytes(StandardCharsets.UTF_8)), DocumentIds.ofUri("missing.html"));
        assertNotEquals(DocumentIds.ofUri("a"), DocumentIds.ofUri("b"));
        assertEquals(16, DocumentIds.ofUri("").length());
    }

    @Test
    void byteSizesUseBinaryUnits() {
        assertEquals("1 byte", ByteSizes.describe(1));
        assertEquals("1023 bytes", ByteSizes.describe(1023));
        assertEquals("1 KiB", ByteSizes.describe(1024));
        assertEquals("1.5 KiB", ByteSizes.describe(1536));
        assertEquals("32 MiB", ByteSizes.describe(32L * 1024 * 1024));
        assertEquals("2.0 GiB", ByteSizes.describe(2L * 1024 * 1024 * 1024 + 1));
    }

    @Test
    void boundedReadStopsOneBytePastTheLimit() throws IOException {
        byte[] data = new byte[100_000];
        assertEquals(1001, BoundedReader.readUpTo(new ByteArrayInputStream(data), 1000).length);
        assertEquals(100_000, BoundedReader.readUpTo(new ByteArrayInputStream(data), 100_000).length);
        assertEquals(0, BoundedReader.readUpTo(new ByteArrayInputStream(new byte[0]), 0).length);
    }

    @Test
    void statusTextsCarryTheReasonPhrase() {
        assertEquals("HTTP 404 Not Found", HttpStatusText.describe(404));
        assertEquals("HTTP 503 Service Unavailable", HttpStatusText.describe(503));
        assertEquals("HTTP 599", HttpStatusText.describe(599));
    }

    @Test
    void sloppyUrlsAreEscapedLikeBrowsersDo() {
        assertEquals("http://example.org/a%20b?q=%C3%A9t%C3%A9", HttpFetcher.escapeLeniently("http://example.org/a b?q=été"));
        assertEquals("http://example.org/x%7Cy", HttpFetcher.escapeLeniently("http://example.org/x|y"));
        assertEquals("http://example.org/ok%20", HttpFetcher.escapeLeniently("http://example.org/ok%20"));
    }
}
