package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.ErrorKind;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

class InputResolverTest {

    @TempDir
    Path dir;

    private final List<String> fetched = new ArrayList<>();

    /** Records each fetch instead of going to the network. */
    private final Fetcher stubFetcher = url -> {
        fetched.add(url);
        return Outcome.ok(RawDocument.of(url, ("fetched " + url).getBytes(StandardCharsets.UTF_8),
                new FetchMetadata(url, 200, "text/plain")));
    };

    private InputResolver resolver(Supplier<InputStream> stdin) {
        return new InputResolver(IngestSettings.defaults(), stubFetcher, stdin);
    }

    private InputResolver resolver() {
        return resolver(() -> {
            throw new AssertionError("standard input must not be touched");
        });
    }

    private List<DocumentInput> resolve(String... args) {
        return resolver().stream(Arrays.asList(args)).toList();
    }

    private static List<String> uris(List<DocumentInput> inputs) {
        return inputs.stream().map(DocumentInput::uri).toList();
    }

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        return Files.write(path, content);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String text(Outcome<RawDocument> outcome) {
        return new String(outcome.value().toByteArray(), StandardCharsets.UTF_8);
    }

    private static void assertFails(Outcome<?> outcome, ErrorKind kind, String messagePart) {
        assertFalse(outcome.isOk(), "expected a failure");
        assertEquals(kind, outcome.error().kind(), outcome.error()::message);
        assertTrue(outcome.error().message().contains(messagePart), outcome.error()::message);
    }

    @Test
    void folderRecursionFollowsFullPathOrderAndSkipsHiddenNames() throws IOException {
        write("corpus/b/c.txt", "c");
        write("corpus/b.txt", "b");
        write("corpus/b-x.txt", "bx");
        write("corpus/A.txt", "A");
        write("corpus/a/z.txt", "z");
        write("corpus/.hidden.txt", "hidden");
        write("corpus/.git/config", "hidden too");
        write("corpus/b/.cache/x.txt", "hidden too");
        Path root = dir.resolve("corpus");
        List<String> expected = List.of("A.txt", "a/z.txt", "b-x.txt", "b.txt", "b/c.txt").stream()
                .map(name -> root.resolve(name).toString()).toList();
        assertEquals(expected, uris(resolve(root.toString())));
        assertEquals(expected, expected.stream().sorted().toList(), "the order is that of sorted full paths");
    }

    @Test
    void explicitlyNamedHiddenFileIsRead() throws IOException {
        Path hidden = write(".notes.txt", "kept");
        List<DocumentInput> inputs = resolve(hidden.toString());
        assertEquals("kept", text(inputs.get(0).read()));
    }

    @Test
    void filesAreNotReadDuringResolution() throws IOException {
        Path file = write("page.html", "<p>first version</p>");
        List<DocumentInput> inputs = resolve(file.toString());
        Files.writeString(file, "<p>second version</p>");
        assertEquals("<p>second version</p>", text(inputs.get(0).read()));
    }

    @Test
    void argumentsAreExpandedOnlyWhenReached() throws IOException {
        Path file = write("one.txt", "one");
        AtomicInteger stdinCalls = new AtomicInteger();
        Iterator<DocumentInput> it = resolver(() -> {
            stdinCalls.incrementAndGet();
            return new ByteArrayInputStream(new byte[0]);
        }).resolve(List.of(file.toString(), "-"));
        assertEquals(file.toString(), it.next().uri());
        assertEquals(0, stdinCalls.get());
        assertEquals("-", it.next().uri());
        assertEquals(1, stdinCalls.get());
        assertFalse(it.hasNext());
    }

    @Test
    void gzipFilesAreDecompressed() throws IOException {
        Path gz = write("page.html.gz", gzip("<p>Bonjour</p>".getBytes(StandardCharsets.UTF_8)));
        Outcome<RawDocument> read = resolve(gz.toString()).get(0).read();
        assertEquals("<p>Bonjour</p>", text(read));
        assertEquals(gz.toString(), read.value().uri());
    }

    @Test
    void gzipIsRecognisedByContentWhateverTheName() throws IOException {
        Path file = write("page.html", gzip("<p>Bonjour</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<p>Bonjour</p>", text(resolve(file.toString()).get(0).read()));
    }

    @Test
    void corruptGzipIsUnreadable() throws IOException {
        byte[] good = gzip("<p>Bonjour tout le monde</p>".repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] corrupt = good.clone();
        corrupt[corrupt.length - 8] ^= 0x55; // the CRC-32 in the trailer no longer matches
        Path file = write("corrupt.html.gz", corrupt);
        assertFails(resolve(file.toString()).get(0).read(), ErrorKind.UNREADABLE, "corrupt gzip data");
    }

    @Test
    void truncatedGzipIsUnreadable() throws IOException {
        byte[] good = gzip("<p>Bonjour tout le monde</p>".repeat(50).getBytes(StandardCharsets.UTF_8));
        Path file = write("cut.html.gz", Arrays.copyOf(good, good.length / 2));
        Outcome<RawDocument> read = resolve(file.toString()).get(0).read();
        assertFails(read, ErrorKind.UNREADABLE, "truncated gzip data");
        assertTrue(read.error().message().contains("cut.html.gz"));
    }

    @Test
    void gzNameWithoutGzipContentIsUnreadable() throws IOException {
        Path file = write("plain.txt.gz", "not compressed at all");
        assertFails(resolve(file.toString()).get(0).read(), ErrorKind.UNREADABLE, "Not in GZIP format");
    }

    @Test
    void gzipBombIsStoppedAtTheCap() throws IOException {
        Path file = write("bomb.html.gz", gzip(new byte[200_000]));
        InputResolver small = new InputResolver(IngestSettings.defaults().withMaxBytes(10_000), stubFetcher,
                () -> InputStream.nullInputStream());
        DocumentInput input = small.resolve(List.of(file.toString())).next();
        assertFails(input.read(), ErrorKind.TOO_LARGE, "decompresses to more than the 9.8 KiB cap");
    }

    @Test
    void fileOverTheCapIsTooLargeBeforeBeingRead() throws IOException {
        Path file = write("big.txt", "x".repeat(100));
        InputResolver small = new InputResolver(IngestSettings.defaults().withMaxBytes(10), stubFetcher,
                () -> InputStream.nullInputStream());
        assertFails(small.resolve(List.of(file.toString())).next().read(), ErrorKind.TOO_LARGE,
                "is 100 bytes, over the 10 bytes cap");
    }

    @Test
    void missingPathYieldsAnUnreadableInput() {
        String missing = dir.resolve("nope.html").toString();
        List<DocumentInput> inputs = resolve(missing);
        assertEquals(List.of(missing), uris(inputs));
        assertFails(inputs.get(0).read(), ErrorKind.UNREADABLE, "no such file or directory: " + missing);
    }

    @Test
    void fileThatVanishesBeforeReadingIsUnreadable() throws IOException {
        Path file = write("gone.txt", "soon gone");
        DocumentInput input = resolve(file.toString()).get(0);
        Files.delete(file);
        assertFails(input.read(), ErrorKind.UNREADABLE, "no such file or directory: " + file);
    }

    @Test
    void unreadableFileIsUnreadable() throws IOException {
        Path file = write("secret.txt", "secret");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running with privileges that ignore permissions");
        assertFails(resolve(file.toString()).get(0).read(), ErrorKind.UNREADABLE, "permission denied");
    }

    @Test
    void urlListIsDetectedByContentNotExtension() throws IOException {
        Path list = write("looks-like-a-page.html", "# today\nhttps://example.org/a\n\nhttp://example.org/b\n");
        List<DocumentInput> inputs = resolve(list.toString());
        assertEquals(List.of("https://example.org/a", "http://example.org/b"), uris(inputs));
        assertTrue(fetched.isEmpty(), "resolution must not fetch");
        assertEquals("fetched https://example.org/a", text(inputs.get(0).read()));
        assertEquals(List.of("https://example.org/a"), fetched);
    }

    @Test
    void pageDumpContainingUrlsIsADocument() throws IOException {
        Path dump = write("urls.txt", "Sources:\nhttps://example.org/a\nhttps://example.org/b\n");
        assertEquals(List.of(dump.toString()), uris(resolve(dump.toString())));
    }

    @Test
    void gzippedUrlListExpandsToo() throws IOException {
        Path list = write("list.gz", gzip("https://example.org/a\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("https://example.org/a"), uris(resolve(list.toString())));
    }

    @Test
    void urlListsInsideFoldersExpandInPlace() throws IOException {
        write("in/1.txt", "one");
        write("in/2.list", "https://example.org/two\n");
        write("in/3.txt", "three");
        Path root = dir.resolve("in");
        assertEquals(List.of(root.resolve("1.txt").toString(), "https://example.org/two", root.resolve("3.txt").toString()),
                uris(resolve(root.toString())));
    }

    @Test
    void urlArgumentIsFetched() {
        List<DocumentInput> inputs = resolve("https://example.org/direct");
        assertEquals(List.of("https://example.org/direct"), uris(inputs));
        assertEquals("fetched https://example.org/direct", text(inputs.get(0).read()));
    }

    @Test
    void stdinIsReadOnceAndCanBeReadRepeatedlyAfterwards() {
        InputResolver r = resolver(() -> new ByteArrayInputStream("<p>from a pipe</p>".getBytes(StandardCharsets.UTF_8)));
        List<DocumentInput> inputs = r.stream(List.of("-", "-")).toList();
        assertEquals(List.of("-", "-"), uris(inputs));
        assertEquals("<p>from a pipe</p>", text(inputs.get(0).read()));
        assertEquals("<p>from a pipe</p>", text(inputs.get(0).read()));
        assertFails(inputs.get(1).read(), ErrorKind.UNREADABLE, "standard input was already read");
    }

    @Test
    void stdinUrlListExpands() {
        InputResolver r = resolver(() -> new ByteArrayInputStream(
                "https://example.org/1\nhttps://example.org/2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("https://example.org/1", "https://example.org/2"), uris(r.stream(List.of("-")).toList()));
    }

    @Test
    void gzippedStdinIsDecompressed() throws IOException {
        byte[] gz = gzip("bonjour".getBytes(StandardCharsets.UTF_8));
        InputResolver r = resolver(() -> new ByteArrayInputStream(gz));
        assertEquals("bonjour", text(r.resolve(List.of("-")).next().read()));
    }

    @Test
    void stdinOverTheCapIsTooLarge() {
        InputResolver r = new InputResolver(IngestSettings.defaults().withMaxBytes(4), stubFetcher,
                () -> new ByteArrayInputStream(new byte[10]));
        assertFails(r.resolve(List.of("-")).next().read(), ErrorKind.TOO_LARGE, "standard input is more than");
    }

    @Test
    void emptyStdinIsAnEmptyDocument() {
        InputResolver r = resolver(InputStream::nullInputStream);
        Outcome<RawDocument> read = r.resolve(List.of("-")).next().read();
        assertArrayEquals(new byte[0], read.value().toByteArray());
    }

    @Test
    void blankArgumentIsUnreadable() {
        assertFails(resolve("").get(0).read(), ErrorKind.UNREADABLE, "empty argument");
    }

    @Test
    void emptyFolderYieldsNothing() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(List.of(), resolve(dir.resolve("empty").toString()));
        assertEquals(List.of(), resolve());
    }

    @Test
    void symlinkLoopsEnd() throws IOException {
        write("loop/a.txt", "a");
        Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
        assertEquals(List.of(dir.resolve("loop/a.txt").toString()), uris(resolve(dir.resolve("loop").toString())));
    }

    @Test
    void brokenSymlinkInAFolderYieldsAnUnreadableInput() throws IOException {
        write("links/ok.txt", "ok");
        Files.createSymbolicLink(dir.resolve("links/broken.txt"), dir.resolve("links/missing.txt"));
        List<DocumentInput> inputs = resolve(dir.resolve("links").toString());
        assertEquals(2, inputs.size());
        assertFails(inputs.get(0).read(), ErrorKind.UNREADABLE, "no such file or directory");
    }
}
