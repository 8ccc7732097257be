package org.veille.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * {@link ArchiveReader} where framing is hard: record ends that do not match their length, a
 * {@code .warc.gz} compressed as one member, damage in gzip trailers and headers, and long gzip
 * header fields. Every case checks that each record gives one output, counted once.
 */
class ArchiveFramingDefectsTest {
    private static final IngestSettings SETTINGS = IngestSettings.defaults();

    /** What reading gave: the inputs, in order, and the final counts. */
    private record Read(List<DocumentInput> inputs, ArchiveCounts counts) {
        List<String> uris() {
            return inputs.stream().map(DocumentInput::uri).toList();
        }

        String error(int i) {
            Outcome<RawDocument> read = inputs.get(i).read();
            assertFalse(read.isOk(), () -> "expected an error, got a page: " + inputs.get(i));
            return read.error().kind() + ": " + read.error().message();
        }

        boolean isPage(int i) {
            return inputs.get(i).read().isOk();
        }

        /** One output per record: documents and failures are the inputs, skips are counted. */
        void assertOneOutputPerRecord() {
            assertEquals(counts.records(), counts.total(), counts::toString);
            assertEquals(inputs.size(), counts.documents() + counts.failed(), counts::toString);
        }
    }

    private static Read read(byte[] archive) {
        List<DocumentInput> inputs = new ArrayList<>();
        try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(archive), "t.warc", SETTINGS,
                ArchiveFilter.NONE)) {
            reader.forEachRemaining(inputs::add);
            return new Read(inputs, reader.counts());
        }
    }

    private static byte[] plain(String url, String title, String body) {
        return TestArchives.bytes(TestArchives.page(url, TestArchives.html(title, body)), false);
    }

    /** The record's WARC header with its Content-Length moved by {@code delta}, block unchanged. */
    private static byte[] withLengthOff(byte[] record, int delta) {
        String text = new String(record, StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("Content-Length: (\\d+)").matcher(text);
        assertTrue(length.find());
        String lying = text.substring(0, length.start(1)) + (Long.parseLong(length.group(1)) + delta)
                + text.substring(length.end(1));
        return lying.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A gzip member with the given header flags and fields, written by hand. */
    private static byte[] member(byte[] content, byte[] extra, byte[] fileName) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int flags = (extra == null ? 0 : 4) | (fileName == null ? 0 : 8);
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, (byte) flags, 0, 0, 0, 0, 0, (byte) 0xff});
        if (extra != null) {
            out.write(extra.length & 0xff);
            out.write(extra.length >>> 8);
            out.writeBytes(extra);
        }
        if (fileName != null) {
            out.writeBytes(fileName);
            out.write(0);
        }
        out.writeBytes(deflated.toByteArray());
        littleEndian(out, crc.getValue());
        littleEndian(out, content.length);
        return out.toByteArray();
    }

    private static void littleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    @ParameterizedTest(name = "gzip={0}, length off by {1}")
    @CsvSource({"false, 3", "false, -3", "false, 1", "false, -1", "true, 3", "true, -3", "true, 2", "true, -1"})
    void aRecordWhoseLengthMissesItsEndByAFewBytesIsOneErrorAndTheNextRecordIsRead(boolean gzip, int delta) {
        byte[] a = withLengthOff(plain("https://news.example/a", "A", "a " + "words ".repeat(50)), delta);
        byte[] b = plain("https://news.example/b", "B", "b");
        byte[] c = plain("https://news.example/c", "C", "c");
        TestArchives.Builder builder = new TestArchives.Builder(gzip)
                .raw(gzip ? TestArchives.gzip(a) : a).raw(gzip ? TestArchives.gzip(b) : b).raw(gzip ? TestArchives.gzip(c) : c);

        Read read = read(builder.build());

        assertEquals(List.of("https://news.example/a", "https://news.example/b", "https://news.example/c"), read.uris());
        String error = read.error(0);
        assertTrue(error.contains("does not end where its Content-Length says") && error.contains("t.warc#0"), error);
        assertTrue(error.endsWith("reading goes on after it"), error);
        assertTrue(read.isPage(1) && read.isPage(2));
        read.assertOneOutputPerRecord();
        assertEquals(3, read.counts().records());
    }

    @Test
    void recordsEndingInBareLineFeedsAreRead() {
        String a = new String(plain("https://news.example/a", "A", "a"), StandardCharsets.ISO_8859_1);
        assertTrue(a.endsWith("\r\n\r\n"));
        byte[] lf = (a.substring(0, a.length() - 4) + "\n\n").getBytes(StandardCharsets.ISO_8859_1);

        Read read = read(TestArchives.concat(lf, plain("https://news.example/b", "B", "b")));

        assertEquals(List.of("https://news.example/a", "https://news.example/b"), read.uris());
        assertTrue(read.isPage(0) && read.isPage(1));
    }

    @Test
    void aWholeFileGzipKeepsReadingItsRecordsAfterARecordThatLostTrack() {
        byte[] whole = TestArchives.concat(plain("https://news.example/a", "A", "a"),
                "some bytes that are no record\r\nWARC-Type: none\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                plain("https://news.example/b", "B", "b"),
                withLengthOff(plain("https://news.example/c", "C", "c"), 5),
                plain("https://news.example/d", "D", "d"));

        Read read = read(TestArchives.gzip(whole));

        assertEquals(List.of("https://news.example/a", "t.warc#0", "https://news.example/b", "https://news.example/c",
                "https://news.example/d"), read.uris());
        assertTrue(read.error(1).endsWith("reading goes on after it"), read.error(1));
        assertTrue(read.error(3).contains("does not end where its Content-Length says"), read.error(3));
        assertTrue(read.isPage(0) && read.isPage(2) && read.isPage(4));
        read.assertOneOutputPerRecord();
    }

    @ParameterizedTest(name = "damage={0}, {1} words")
    @CsvSource({"cut-1, 3000", "cut-5, 3000", "cut-8, 3000", "crc, 3000", "size, 3000", "cut-1, 20", "crc, 20",
            "cut-1, 1500", "crc, 1500", "crc, 2000", "cut-1, 6000", "crc, 6000", "crc, 12000", "cut-1, 12000"})
    void damageInTheLastTrailerIsTheLastRecordsOwnError(String damage, int words) {
        TestArchives.Builder builder = new TestArchives.Builder(true)
                .add(TestArchives.page("https://news.example/a", TestArchives.html("A", "a")))
                .add(TestArchives.page("https://news.example/big", TestArchives.html("Big", TestArchives.randomWords(new java.util.Random(words), words))));
        byte[] archive = damageTrailer(builder.build(), damage);

        Read read = read(archive);

        assertEquals(List.of("https://news.example/a", "t.warc#" + builder.offset(1)), read.uris());
        assertTrue(read.error(1).startsWith("UNREADABLE: damaged archive data at t.warc#" + builder.offset(1)), read.error(1));
        read.assertOneOutputPerRecord();
        assertEquals(2, read.counts().records());
    }

    @ParameterizedTest(name = "damage={0}, {1} words")
    @CsvSource({"crc, 20", "size, 20", "crc, 1500", "crc, 3000", "size, 3000", "crc, 6000", "crc, 12000"})
    void damageInAMiddleTrailerIsThatRecordsOwnErrorAndReadingGoesOn(String damage, int words) {
        byte[] big = TestArchives.bytes(TestArchives.page("https://news.example/big",
                TestArchives.html("Big", TestArchives.randomWords(new java.util.Random(words), words))), true);
        TestArchives.Builder builder = new TestArchives.Builder(true)
                .add(TestArchives.page("https://news.example/a", TestArchives.html("A", "a")))
                .raw(damageTrailer(big, damage))
                .add(TestArchives.page("https://news.example/c", TestArchives.html("C", "c")));

        Read read = read(builder.build());

        assertEquals(List.of("https://news.example/a", "t.warc#" + builder.offset(1), "https://news.example/c"), read.uris());
        assertTrue(read.error(1).contains("reading goes on after it"), read.error(1));
        assertEquals("t.warc#" + builder.offset(2), read.inputs().get(2).read().value().fetch().archive());
        read.assertOneOutputPerRecord();
    }

    /**
     * Whether the member's end was reached before the record's output was handed out depended on
     * how reads fell on the decompressed bytes: a page of 16,070 bytes was handed out and then
     * reported damaged. A range of block lengths around it is tried.
     */
    @Test
    void aDamagedTrailerGivesOneOutputWhateverTheBlockLength() {
        for (int length = 16_000; length < 16_200; length++) {
            byte[] body = new byte[length];
            Arrays.fill(body, (byte) 'z');
            byte[] resource = TestArchives.bytes(new org.netpreserve.jwarc.WarcResource.Builder(
                    java.net.URI.create("https://news.example/file")).date(TestArchives.DAY)
                    .body(org.netpreserve.jwarc.MediaType.parse("application/octet-stream"), body).build(), true);
            byte[] page = TestArchives.bytes(TestArchives.response("https://news.example/p", 200, "text/html",
                    body, TestArchives.DAY), true);
            for (byte[] damaged : List.of(damageTrailer(resource, "crc"), damageTrailer(page, "crc"))) {
                Read read = read(TestArchives.concat(damaged, TestArchives.bytes(TestArchives.page("https://news.example/c",
                        TestArchives.html("C", "c")), true)));
                int size = length;
                assertEquals(2, read.counts().records(), () -> "block of " + size + " bytes: " + read.counts());
                read.assertOneOutputPerRecord();
                assertEquals(List.of("t.warc#0", "https://news.example/c"), read.uris(), "block of " + size + " bytes");
            }
        }
    }

    private static byte[] damageTrailer(byte[] archive, String damage) {
        byte[] damaged = archive.clone();
        switch (damage) {
            case "cut-1" -> damaged = Arrays.copyOf(archive, archive.length - 1);
            case "cut-5" -> damaged = Arrays.copyOf(archive, archive.length - 5);
            case "cut-8" -> damaged = Arrays.copyOf(archive, archive.length - 8);
            case "crc" -> damaged[archive.length - 7] ^= 0x10;
            case "size" -> damaged[archive.length - 3] ^= 0x01;
            default -> throw new IllegalArgumentException(damage);
        }
        return damaged;
    }

    @Test
    void aHugeFileNameAfterDamageIsNoMemberAndReadingGoesOn() {
        byte[] a = TestArchives.bytes(TestArchives.page("https://news.example/a", TestArchives.html("A", "a")), true);
        byte[] damaged = TestArchives.bytes(TestArchives.page("https://news.example/b",
                TestArchives.html("B", "words ".repeat(300))), true);
        for (int i = 30; i < damaged.length - 20; i += 7) {
            damaged[i] ^= 0x5a;
        }
        byte[] huge = new byte[4 + (11 << 17)];
        Arrays.fill(huge, (byte) 'A');
        huge[0] = 0x1f;
        huge[1] = (byte) 0x8b;
        huge[2] = 8;
        huge[3] = 8;
        byte[] c = TestArchives.bytes(TestArchives.page("https://news.example/c", TestArchives.html("C", "c")), true);
        TestArchives.Builder builder = new TestArchives.Builder(true).raw(a).raw(damaged).raw(huge).raw(c);

        Read read = read(builder.build());

        assertEquals(List.of("https://news.example/a", "t.warc#" + builder.offset(1), "https://news.example/c"), read.uris());
        read.assertOneOutputPerRecord();
    }

    @Test
    void aFirstMemberWithALongExtraFieldIsReadAsAnArchive() {
        byte[] extra = new byte[65_535];
        Arrays.fill(extra, (byte) 'x');
        byte[] name = new byte[1000];
        Arrays.fill(name, (byte) 'n');
        byte[] a = member(plain("https://news.example/a", "A", "a"), extra, name);
        byte[] b = member(plain("https://news.example/b", "B", "b"), null, "b.warc".getBytes(StandardCharsets.US_ASCII));

        Read read = read(TestArchives.concat(a, b));

        assertEquals(List.of("https://news.example/a", "https://news.example/b"), read.uris());
        assertTrue(read.isPage(0) && read.isPage(1));
    }

    /** A stream that gives {@code bytes} and then fails with {@code failure} instead of ending. */
    private static java.io.InputStream failingAfter(byte[] bytes, java.util.function.Supplier<Exception> failure) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                int n = super.read(buffer, offset, length);
                if (n < 0) {
                    sneakyThrow(failure.get());
                }
                return n;
            }

            @Override
            public synchronized int read() {
                int b = super.read();
                if (b < 0) {
                    sneakyThrow(failure.get());
                }
                return b;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> void sneakyThrow(Exception e) throws E {
        throw (E) e;
    }

    private static Read read(java.io.InputStream in) {
        List<DocumentInput> inputs = new ArrayList<>();
        try (ArchiveReader reader = ArchiveReader.open(in, "t.warc", SETTINGS, ArchiveFilter.NONE)) {
            reader.forEachRemaining(inputs::add);
            return new Read(inputs, reader.counts());
        }
    }

    /** Larger than the prefix read to tell an archive, so that the failure comes while reading records. */
    private static byte[] bigPlainPage() {
        return plain("https://news.example/big", "Big", TestArchives.randomWords(new java.util.Random(30_000), 30_000));
    }

    @Test
    void anUnexpectedExceptionWhileReadingIsOneErrorRecordAndReadingStops() {
        byte[] archive = TestArchives.concat(bigPlainPage(), plain("https://news.example/b", "B", "b"));

        Read read = read(failingAfter(archive, () -> new IllegalStateException("stream in a bad state")));

        assertEquals(List.of("https://news.example/big", "t.warc#" + bigPlainPage().length), read.uris());
        assertTrue(read.isPage(0));
        String error = read.error(1);
        assertTrue(error.contains("at offset " + bigPlainPage().length + ": stream in a bad state; reading stopped"), error);
        read.assertOneOutputPerRecord();
        assertEquals(2, read.counts().records());
    }

    @Test
    void aFailureWhileLookingForTheNextRecordKeepsTheRecordsMessageAndCountsItOnce() {
        byte[] archive = TestArchives.concat(bigPlainPage(), "bytes that are no record".getBytes(StandardCharsets.US_ASCII));

        Read read = read(failingAfter(archive, () -> new IOException("device gone")));

        assertEquals(2, read.inputs().size());
        String error = read.error(1);
        assertTrue(error.contains("no WARC record at t.warc#" + bigPlainPage().length), error);
        assertTrue(error.endsWith("reading stopped: device gone"), error);
        read.assertOneOutputPerRecord();
        assertEquals(new ArchiveCounts(2, 1, 1, java.util.Map.of()), read.counts());
    }

    /**
     * A length megabytes too large carries reading past the look-back window: the bytes that left it
     * cannot be searched again, and the error says so rather than saying nothing was lost.
     */
    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void recordsBeyondTheLookBackWindowAreReportedLostNotSilentlyDropped(boolean gzip) {
        List<byte[]> records = new ArrayList<>();
        records.add(withLengthOff(plain("https://news.example/liar", "Liar", "l"), 6 << 20));
        int pages = 70;
        for (int i = 0; i < pages; i++) {
            records.add(plain("https://news.example/" + i, "P" + i, TestArchives.randomWords(new java.util.Random(20_000 + i), 20_000 + i)));
        }
        byte[] whole = TestArchives.concat(records.toArray(byte[][]::new));
        byte[] archive = gzip ? TestArchives.gzip(whole) : whole;

        Read read = read(archive);

        String error = read.error(0);
        assertTrue(error.contains("could not be searched, so any record in them is lost, uncounted"), error);
        assertTrue(error.contains("reading goes on after it"), error);
        assertEquals("https://news.example/" + (pages - 1), read.inputs().get(read.inputs().size() - 1).uri());
        assertTrue(read.inputs().size() < pages, "some pages were in the bytes that could not be searched");
        read.assertOneOutputPerRecord();
    }
}
