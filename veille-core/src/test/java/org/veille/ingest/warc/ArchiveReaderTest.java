package org.veille.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestResult;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.Ingestion;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * {@link ArchiveReader} on archives written with jwarc in the tests, plain and gzip, intact and
 * damaged in the ways real crawls are: cut short, garbage between records, corrupt members. Random
 * damage anywhere is {@link ArchiveCorruptionTest}'s.
 */
class ArchiveReaderTest {
    private static final IngestSettings SETTINGS = IngestSettings.defaults();

    private static List<DocumentInput> readAll(byte[] archive, ArchiveFilter filter, IngestSettings settings) {
        List<DocumentInput> inputs = new ArrayList<>();
        try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(archive), "test.warc", settings, filter)) {
            reader.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private static List<DocumentInput> readAll(byte[] archive) {
        return readAll(archive, ArchiveFilter.NONE, SETTINGS);
    }

    private static RawDocument raw(DocumentInput input) {
        Outcome<RawDocument> read = input.read();
        assertTrue(read.isOk(), () -> "expected a page, got " + read);
        return read.value();
    }

    private static String error(DocumentInput input) {
        Outcome<RawDocument> read = input.read();
        assertFalse(read.isOk(), () -> "expected an error, got a page: " + input);
        return read.error().kind() + ": " + read.error().message();
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void eachPageRecordBecomesOneDocumentWithItsCaptureMetadata(boolean gzip) {
        TestArchives.Builder archive = new TestArchives.Builder(gzip)
                .add(TestArchives.warcinfo())
                .add(TestArchives.request("https://news.example/a"))
                .add(TestArchives.page("https://news.example/a", TestArchives.html("First", "One.")))
                .add(TestArchives.metadata("https://news.example/a"))
                .add(TestArchives.page("https://news.example/b", TestArchives.html("Second", "Two.")));

        List<DocumentInput> inputs = readAll(archive.build());

        assertEquals(List.of("https://news.example/a", "https://news.example/b"), inputs.stream().map(DocumentInput::uri).toList());
        RawDocument first = raw(inputs.get(0));
        assertEquals(TestArchives.html("First", "One."), new String(first.toByteArray(), StandardCharsets.UTF_8));
        FetchMetadata fetch = first.fetch();
        assertEquals(new FetchMetadata("https://news.example/a", 200, "text/html; charset=utf-8",
                "2023-02-21T10:15:30Z", "test.warc#" + archive.offset(2)), fetch);
        assertEquals("test.warc#" + archive.offset(4), raw(inputs.get(1)).fetch().archive());
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void recordsThatAreNoPagesAreSkippedAndCountedByReason(boolean gzip) {
        byte[] archive = new TestArchives.Builder(gzip)
                .add(TestArchives.warcinfo())
                .add(TestArchives.request("https://news.example/a"))
                .add(TestArchives.metadata("https://news.example/a"))
                .add(TestArchives.revisit("https://news.example/a"))
                .add(TestArchives.dnsResource())
                .add(TestArchives.response("https://news.example/gone", 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8), TestArchives.DAY))
                .add(TestArchives.response("https://news.example/moved", 301, "text/html", new byte[0], TestArchives.DAY))
                .add(TestArchives.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, TestArchives.DAY))
                .add(TestArchives.response("https://news.example/app.js", 200, "application/javascript", "var x;".getBytes(StandardCharsets.UTF_8), TestArchives.DAY))
                .add(TestArchives.response("https://news.example/notes.txt", 200, "text/plain", "A note.".getBytes(StandardCharsets.UTF_8), TestArchives.DAY))
                .add(TestArchives.page("https://news.example/a", TestArchives.html("Kept", "Text.")))
                .build();

        try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(archive), "x", SETTINGS, ArchiveFilter.NONE)) {
            List<String> uris = new ArrayList<>();
            reader.forEachRemaining(i -> uris.add(i.uri()));
            assertEquals(List.of("https://news.example/notes.txt", "https://news.example/a"), uris);
            ArchiveCounts counts = reader.counts();
            assertEquals(11, counts.records());
            assertEquals(2, counts.documents());
            assertEquals(0, counts.failed());
            assertEquals(Map.of("warcinfo", 1L, "request", 1L, "metadata", 1L, "revisit", 1L, "resource", 1L,
                    "not-200", 2L, "not-html", 2L), counts.skipped());
            assertEquals(counts.records(), counts.total());
        }
    }

    @Test
    void theCharsetOfTheHttpHeaderDecodesThePage() {
        Charset latin = Charset.forName("windows-1252");
        String text = "<html><body><p>Le caf\u00e9 du march\u00e9 ferme \u00e0 midi.</p></body></html>";
        byte[] archive = new TestArchives.Builder(true)
                .add(TestArchives.response("https://journal.example/cafe", 200, "text/html; charset=windows-1252",
                        text.getBytes(latin), TestArchives.DAY))
                .build();

        DocumentInput input = readAll(archive).get(0);
        IngestResult ingested = new Ingestion(SETTINGS).ingest(input);

        assertTrue(ingested.isOk(), () -> ingested.outcome().toString());
        assertTrue(ingested.outcome().value().text().contains("Le caf\u00e9 du march\u00e9"));
        assertEquals("windows-1252", ingested.outcome().value().source().charset());
        assertEquals("2023-02-21T10:15:30Z", ingested.source().fetched());
        assertEquals("test.warc#0", ingested.source().archive());
    }

    @Test
    void chunkedTransferAndGzipContentEncodingAreUndone() throws IOException {
        String page = TestArchives.html("Chunked", "Sent in chunks and compressed.");
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(page.getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = zipped.toByteArray();
        int half = body.length / 2;
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        http.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        http.write(body, 0, half);
        http.writeBytes(("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        http.write(body, half, body.length - half);
        http.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] archive = new TestArchives.Builder(true)
                .add(TestArchives.rawResponse("https://news.example/chunked", http.toByteArray()))
                .build();

        RawDocument raw = raw(readAll(archive).get(0));

        assertEquals(page, new String(raw.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void aPayloadWhoseEncodingCannotBeUndoneIsAnErrorAndReadingGoesOn() {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\nContent-Length: 4\r\n\r\n"
                + "\u0001\u0002\u0003\u0004").getBytes(StandardCharsets.ISO_8859_1);
        byte[] archive = new TestArchives.Builder(true)
                .add(TestArchives.rawResponse("https://news.example/brotli", http))
                .add(TestArchives.page("https://news.example/next", "<p>next</p>"))
                .build();

        List<DocumentInput> inputs = readAll(archive);

        assertEquals(2, inputs.size());
        String error = error(inputs.get(0));
        assertTrue(error.startsWith("UNREADABLE: cannot decode the payload of the record at test.warc#0"), error);
        assertEquals("https://news.example/next", raw(inputs.get(1)).uri());
    }

    @Test
    void hostAndDateFiltersExcludeRecordsBeforeTheirPayloadIsRead() {
        byte[] archive = new TestArchives.Builder(true)
                .add(TestArchives.page("https://www.lemonde.fr/a", TestArchives.html("A", "a")))
                .add(TestArchives.page("https://lemonde.fr/b", TestArchives.html("B", "b")))
                .add(TestArchives.page("https://notlemonde.fr/c", TestArchives.html("C", "c")))
                .add(TestArchives.page("https://bbc.co.uk/d", TestArchives.html("D", "d")))
                .add(TestArchives.response("https://www.lemonde.fr/old", 200, "text/html", "<p>old</p>".getBytes(StandardCharsets.UTF_8),
                        Instant.parse("2023-02-19T23:59:59Z")))
                .add(TestArchives.response("https://www.lemonde.fr/late", 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8),
                        Instant.parse("2023-02-22T23:59:59Z")))
                .build();
        ArchiveFilter filter = new ArchiveFilter(Set.of("LeMonde.fr."), LocalDate.parse("2023-02-20"), LocalDate.parse("2023-02-22"));

        try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(archive), "x", SETTINGS, filter)) {
            List<String> uris = new ArrayList<>();
            reader.forEachRemaining(i -> uris.add(i.uri()));
            assertEquals(List.of("https://www.lemonde.fr/a", "https://lemonde.fr/b", "https://www.lemonde.fr/late"), uris);
            assertEquals(Map.of("host", 2L, "date", 1L), reader.counts().skipped());
        }
    }

    @Test
    void aPayloadOverTheCapIsAnErrorAndReadingGoesOn() {
        byte[] archive = new TestArchives.Builder(true)
                .add(TestArchives.page("https://news.example/big", TestArchives.html("Big", "x".repeat(5000))))
                .add(TestArchives.page("https://news.example/small", "<p>small</p>"))
                .build();

        List<DocumentInput> inputs = readAll(archive, ArchiveFilter.NONE, SETTINGS.withMaxBytes(1000));

        assertEquals(2, inputs.size());
        assertEquals("https://news.example/big", inputs.get(0).uri());
        String error = error(inputs.get(0));
        assertTrue(error.startsWith("TOO_LARGE: the payload of the record at test.warc#0 is more than the 1000 bytes cap"), error);
        assertEquals("<p>small</p>", new String(raw(inputs.get(1)).toByteArray(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void anArchiveCutInsideARecordReportsWhereAndKeepsWhatCameBefore(boolean gzip) {
        TestArchives.Builder builder = new TestArchives.Builder(gzip)
                .add(TestArchives.page("https://news.example/a", TestArchives.html("A", "Whole.")))
                .add(TestArchives.page("https://news.example/b", TestArchives.html("B", "Cut " + "text ".repeat(200))));
        byte[] whole = builder.build();
        byte[] cut = Arrays.copyOf(whole, (int) (builder.offset(1) + (whole.length - builder.offset(1)) / 2));

        try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(cut), "cut.warc", SETTINGS, ArchiveFilter.NONE)) {
            List<DocumentInput> inputs = new ArrayList<>();
            reader.forEachRemaining(inputs::add);
            assertEquals(2, inputs.size());
            raw(inputs.get(0));
            String error = error(inputs.get(1));
            assertTrue(error.startsWith("UNREADABLE: "), error);
            assertTrue(error.contains("cut.warc#" + builder.offset(1)), error);
            assertTrue(error.contains(gzip ? "cut short" : "is cut short"), error);
            assertTrue(error.endsWith("(reading stopped)"), error);
            assertEquals(new ArchiveCounts(2, 1, 1, Map.of()), reader.counts());
        }
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void garbageBetweenRecordsIsOneErrorAndTheNextRecordIsFound(boolean gzip) {
        TestArchives.Builder builder = new TestArchives.Builder(gzip)
                .add(TestArchives.page("https://news.example/a", TestArchives.html("A", "a")))
                .raw("some bytes that are no record\r\nWARC-Type: none\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                .add(TestArchives.page("https://news.example/b", TestArchives.html("B", "b")));

        List<DocumentInput> inputs = readAll(builder.build());

        assertEquals(3, inputs.size());
        assertEquals("https://news.example/a", raw(inputs.get(0)).uri());
        String error = error(inputs.get(1));
        assertTrue(error.contains("test.warc#" + builder.offset(1)), error);
        assertTrue(error.endsWith("reading goes on after it"), error);
        RawDocument b = raw(inputs.get(2));
        assertEquals("https://news.example/b", b.uri());
        assertEquals("test.warc#" + builder.offset(2), b.fetch().archive());
    }

    @Test
    void aCorruptGzipMemberIsOneErrorAndTheFollowingMembersAreRead() {
        TestArchives.Builder builder = new TestArchives.Builder(true)
                .add(TestArchives.page("https://news.example/a", TestArchives.html("A", "a")))
                .add(TestArchives.page("https://news.example/b", TestArchives.html("B", "Damaged " + "words ".repeat(300))))
                .add(TestArchives.page("https://news.example/c", TestArchives.html("C", "c")))
                .add(TestArchives.page("https://news.example/d", TestArchives.html("D", "d")));
        byte[] archive = builder.build();
        int damagedStart = (int) builder.offset(1);
        int damagedEnd = (int) builder.offset(2);
        for (int i = damagedStart + 30; i < damagedEnd - 20; i += 7) {
            archive[i] ^= 0x5a;
        }

        List<DocumentInput> inputs = readAll(archive);

        assertEquals(List.of("https://news.example/a", "test.warc#" + damagedStart, "https://news.example/c",
                "https://news.example/d"), inputs.stream().map(DocumentInput::uri).toList());
        String error = error(inputs.get(1));
        assertTrue(error.startsWith("UNREADABLE: damaged archive data at test.warc#" + damagedStart), error);
        assertEquals("test.warc#" + builder.offset(2), raw(inputs.get(2)).fetch().archive());
    }

    @Test
    void aMemberCutShortFollowedByGoodMembersLosesOnlyItself() {
        byte[] a = TestArchives.bytes(TestArchives.page("https://news.example/a", TestArchives.html("A", "a")), true);
        byte[] b = TestArchives.bytes(TestArchives.page("https://news.example/b", TestArchives.html("B", "b ".repeat(500))), true);
        byte[] c = TestArchives.bytes(TestArchives.page("https://news.example/c", TestArchives.html("C", "c")), true);
        TestArchives.Builder builder = new TestArchives.Builder(true).raw(a).raw(Arrays.copyOf(b, b.length / 2)).raw(c);

        List<DocumentInput> inputs = readAll(builder.build());

        assertEquals(List.of("https://news.example/a", "test.warc#" + a.length, "https://news.example/c"),
                inputs.stream().map(DocumentInput::uri).toList());
        assertEquals("test.warc#" + builder.offset(2), raw(inputs.get(2)).fetch().archive());
    }

    @Test
    void aRecordClaimingMoreBytesThanItHasDoesNotSwallowTheRecordsAfterIt() {
        byte[] a = TestArchives.bytes(TestArchives.page("https://news.example/a", TestArchives.html("A", "a")), false);
        byte[] b = TestArchives.bytes(TestArchives.page("https://news.example/b", TestArchives.html("B", "b")), false);
        String header = new String(a, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(header);
        assertTrue(length.find());
        String lying = header.substring(0, length.start(1)) + (Long.parseLong(length.group(1)) + b.length + 100)
                + header.substring(length.end(1));
        byte[] archive = new TestArchives.Builder(false).raw(lying.getBytes(StandardCharsets.ISO_8859_1)).raw(b).build();

        List<DocumentInput> inputs = readAll(archive);

        assertEquals(2, inputs.size());
        String error = error(inputs.get(0));
        assertTrue(error.contains("is cut short") && error.endsWith("reading goes on after it"), error);
        assertEquals("https://news.example/b", raw(inputs.get(1)).uri());
    }

    @Test
    void anEmptyFileIsOneEmptyError() {
        List<DocumentInput> inputs = readAll(new byte[0]);

        assertEquals(1, inputs.size());
        assertEquals("EMPTY: test.warc is empty: it holds no record", error(inputs.get(0)));
    }

    @Test
    void aGzippedPageNamedLikeAnArchiveIsOneClearError() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(TestArchives.html("Not", "an archive").getBytes(StandardCharsets.UTF_8));
        }

        List<DocumentInput> inputs = readAll(zipped.toByteArray());

        assertEquals(1, inputs.size());
        assertEquals("UNREADABLE: test.warc is not a web archive: it does not start with a WARC record "
                + "(it is gzip data, but not a .warc.gz)", error(inputs.get(0)));
    }

    @Test
    void theStreamIsClosedWhenTheArchiveIsExhausted() {
        AtomicBoolean closed = new AtomicBoolean();
        byte[] archive = new TestArchives.Builder(true).add(TestArchives.page("https://news.example/a", "<p>a</p>")).build();
        ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(archive) {
            @Override
            public void close() {
                closed.set(true);
            }
        }, "x", SETTINGS, ArchiveFilter.NONE);

        reader.next();
        assertFalse(closed.get());
        assertFalse(reader.hasNext());
        assertTrue(closed.get());
    }

    @Test
    void filterRejectsAnInvertedRange() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ArchiveFilter(Set.of(), LocalDate.parse("2023-03-01"), LocalDate.parse("2023-02-01")));
        assertTrue(e.getMessage().contains("before it starts"));
        assertTrue(ArchiveFilter.NONE.keepsAll());
    }
}
