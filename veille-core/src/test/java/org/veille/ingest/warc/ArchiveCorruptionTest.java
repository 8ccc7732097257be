package org.veille.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcRecord;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * {@link ArchiveReader} on archives of a few hundred kilobytes, plain, gzip with a member per record,
 * and gzip compressed whole, damaged at random anywhere: headers, blocks, gzip headers and trailers,
 * cuts, inserted and overwritten bytes. Whatever the damage, no exception escapes, reading ends, and
 * every record read gives one output (a document or an error) or one counted skip. Damage confined
 * to one record costs that record only.
 */
class ArchiveCorruptionTest {
    private static final IngestSettings SETTINGS = IngestSettings.defaults();

    private enum Layout { PLAIN, GZIP_PER_RECORD, GZIP_WHOLE }

    /** The intact archive: its parts (one record each) and the target URI of each page part, else null. */
    private record Intact(List<byte[]> parts, List<String> pages) {
    }

    /** What reading gave; documents as {@code uri at name#offset}. */
    private record Outputs(List<DocumentInput> inputs, List<String> documents, ArchiveCounts counts) {
    }

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    private static Intact intact(Random random, boolean gzip) {
        List<WarcRecord> records = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        records.add(TestArchives.warcinfo());
        pages.add(null);
        for (int i = 0; i < 12; i++) {
            String url = "https://news.example/" + i;
            records.add(TestArchives.request(url));
            pages.add(null);
            int words = random.nextInt(4) == 0 ? 3000 + random.nextInt(6000) : 20 + random.nextInt(400);
            records.add(TestArchives.page(url, TestArchives.html("Page " + i, TestArchives.randomWords(random, words))));
            pages.add(url);
            if (i % 3 == 0) {
                records.add(TestArchives.metadata(url));
                pages.add(null);
            }
        }
        List<byte[]> parts = records.stream().map(r -> TestArchives.bytes(r, gzip)).toList();
        return new Intact(parts, pages);
    }

    /** Reads everything, checking on the way that reading ends and nothing throws. */
    private static Outputs read(byte[] archive, int maxOutputs) {
        List<DocumentInput> inputs = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        try (ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(archive), "x.warc", SETTINGS,
                ArchiveFilter.NONE)) {
            while (reader.hasNext()) {
                DocumentInput input = reader.next();
                inputs.add(input);
                assertTrue(inputs.size() <= maxOutputs, "reading must end: " + inputs.size() + " outputs");
                Outcome<RawDocument> outcome = input.read();
                if (outcome.isOk()) {
                    documents.add(input.uri() + " at " + outcome.value().fetch().archive());
                } else {
                    // Read from memory, the device never fails: "cannot read" would be an exception
                    // caught only by the reader's last resort, a bug to fix where it is thrown.
                    String message = outcome.error().message();
                    assertTrue(!message.startsWith("cannot read"), message);
                }
            }
            ArchiveCounts counts = reader.counts();
            assertEquals(counts.records(), counts.total(), counts::toString);
            assertEquals(inputs.size(), counts.documents() + counts.failed(), counts::toString);
            assertEquals(documents.size(), counts.documents(), counts::toString);
            return new Outputs(inputs, documents, counts);
        }
    }

    /** Damage anywhere, several times over: the invariants hold. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomDamageAnywhereNeverThrowsAndGivesOneOutputPerRecord(int seed) {
        Random random = new Random(seed);
        Layout layout = Layout.values()[seed % 3];
        Intact intact = intact(random, layout == Layout.GZIP_PER_RECORD);
        byte[] archive = layout == Layout.GZIP_WHOLE ? TestArchives.gzip(TestArchives.concat(intact.parts())) : TestArchives.concat(intact.parts());
        int damages = 1 + random.nextInt(6);
        for (int d = 0; d < damages; d++) {
            archive = damage(random, archive, intact, layout);
        }

        Outputs outputs = read(archive, 2 * intact.parts().size() + 4 * damages + 1);

        assertTrue(outputs.counts().records() <= 2L * intact.parts().size() + 4L * damages + 1, outputs.counts()::toString);
    }

    private static byte[] damage(Random random, byte[] archive, Intact intact, Layout layout) {
        byte[] damaged = archive.clone();
        int at = random.nextInt(archive.length);
        switch (random.nextInt(6)) {
            case 0 -> { // a few flipped bytes anywhere
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 1 -> damaged = Arrays.copyOf(archive, at); // cut short
            case 2 -> { // a run overwritten
                byte[] run = new byte[Math.min(1 + random.nextInt(600), archive.length - at)];
                random.nextBytes(run);
                System.arraycopy(run, 0, damaged, at, run.length);
            }
            case 3 -> { // bytes inserted
                byte[] run = new byte[1 + random.nextInt(300)];
                random.nextBytes(run);
                damaged = TestArchives.concat(List.of(Arrays.copyOf(archive, at), run, Arrays.copyOfRange(archive, at, archive.length)));
            }
            default -> { // a byte of a record's first or last bytes: WARC or gzip header, blank line or gzip trailer
                int start = layout == Layout.GZIP_WHOLE ? 0 : partStart(intact, random.nextInt(intact.parts().size()));
                int length = layout == Layout.GZIP_WHOLE ? archive.length
                        : intact.parts().get(indexAt(intact, start)).length;
                int offset = random.nextBoolean() ? random.nextInt(Math.min(24, length))
                        : length - 1 - random.nextInt(Math.min(12, length));
                if (start + offset < damaged.length) {
                    damaged[start + offset] ^= (byte) (1 + random.nextInt(255));
                }
            }
        }
        return damaged;
    }

    private static int partStart(Intact intact, int part) {
        int start = 0;
        for (int i = 0; i < part; i++) {
            start += intact.parts().get(i).length;
        }
        return start;
    }

    private static int indexAt(Intact intact, int start) {
        int position = 0;
        for (int i = 0; i < intact.parts().size(); i++) {
            if (position == start) {
                return i;
            }
            position += intact.parts().get(i).length;
        }
        throw new IllegalArgumentException("no part starts at " + start);
    }

    /**
     * Damage inside one record (flipped bytes anywhere in it, a run overwritten, the record cut
     * short with the others following): every other page is still read, with its own URI.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damageInsideOneRecordCostsOnlyThatRecord(int seed) {
        Random random = new Random(1000 + seed);
        boolean gzip = seed % 2 == 0;
        Intact intact = intact(random, gzip);
        // Not the first record: a first record that no longer starts like one makes the file "not an archive".
        int k = 1 + random.nextInt(intact.parts().size() - 1);
        List<byte[]> parts = new ArrayList<>(intact.parts());
        byte[] part = parts.get(k).clone();
        String how;
        switch (random.nextInt(3)) {
            case 0 -> {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    int at = random.nextBoolean() ? random.nextInt(part.length)
                            : random.nextBoolean() ? random.nextInt(Math.min(24, part.length))
                            : part.length - 1 - random.nextInt(Math.min(12, part.length));
                    part[at] ^= (byte) (1 + random.nextInt(255));
                }
                how = n + " flipped bytes";
            }
            case 1 -> {
                int at = random.nextInt(part.length);
                byte[] run = new byte[Math.min(1 + random.nextInt(200), part.length - at)];
                random.nextBytes(run);
                System.arraycopy(run, 0, part, at, run.length);
                how = run.length + " bytes overwritten at " + at;
            }
            default -> {
                int keep = 1 + random.nextInt(part.length - 1);
                part = Arrays.copyOf(part, keep);
                how = "cut to " + keep + " of " + parts.get(k).length + " bytes";
            }
        }
        parts.set(k, part);

        Outputs outputs = read(TestArchives.concat(parts), 2 * parts.size());

        List<String> expected = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i != k && intact.pages().get(i) != null) {
                expected.add(intact.pages().get(i) + " at x.warc#" + start);
            }
            start += parts.get(i).length;
        }
        // The damaged record may still be read, as a page whose bytes (even its URI) were damaged.
        String damagedAt = " at x.warc#" + partStart(new Intact(parts, intact.pages()), k);
        List<String> read = outputs.documents().stream().filter(d -> !d.endsWith(damagedAt)).toList();
        assertEquals(expected, read, () -> "record " + k + " (" + (gzip ? "gzip" : "plain") + "), " + how + ": "
                + outputs.inputs());
        assertTrue(outputs.counts().failed() <= 1, () -> how + ": " + outputs.inputs());
    }
}
