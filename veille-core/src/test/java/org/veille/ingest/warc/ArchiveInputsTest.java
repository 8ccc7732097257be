package org.veille.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.InputResolver;

/** Web archives given to {@link InputResolver}: as arguments, met in folders, named or not like archives. */
class ArchiveInputsTest {
    @TempDir
    Path dir;

    private InputResolver resolver(ArchiveFilter filter) {
        return new InputResolver(IngestSettings.defaults(), url -> {
            throw new AssertionError("no fetch expected: " + url);
        }, () -> {
            throw new AssertionError("standard input must not be touched");
        }, filter);
    }

    private static byte[] archive(boolean gzip, String... urls) {
        TestArchives.Builder builder = new TestArchives.Builder(gzip).add(TestArchives.warcinfo());
        for (String url : urls) {
            builder.add(TestArchives.request(url)).add(TestArchives.page(url, TestArchives.html(url, "Text of " + url)));
        }
        return builder.build();
    }

    @Test
    void archivesExpandIntoTheirPagesInPlaceAmongOtherInputs() throws IOException {
        Path folder = dir.resolve("inputs");
        Files.createDirectories(folder);
        Files.write(folder.resolve("a.warc.gz"), archive(true, "https://one.example/1", "https://one.example/2"));
        Files.writeString(folder.resolve("b.html"), "<p>plain page</p>");
        // An archive by content, whatever its name.
        Files.write(folder.resolve("c-capture.dat"), archive(false, "https://two.example/3"));
        Path single = dir.resolve("d.warc");
        Files.write(single, archive(false, "https://three.example/4"));

        InputResolver resolver = resolver(ArchiveFilter.NONE);
        List<String> uris = resolver.stream(List.of(folder.toString(), single.toString())).map(DocumentInput::uri).toList();

        assertEquals(List.of("https://one.example/1", "https://one.example/2", folder.resolve("b.html").toString(),
                "https://two.example/3", "https://three.example/4"), uris);
        ArchiveCounts counts = resolver.archiveCounts();
        assertEquals(new ArchiveCounts(11, 4, 0, Map.of("warcinfo", 3L, "request", 4L)), counts);
    }

    @Test
    void anArchiveIsOpenedOnlyWhenReachedAndItsFilterApplies() throws IOException {
        Path archive = dir.resolve("x.warc.gz");
        Files.write(archive, archive(true, "https://www.kept.example/1", "https://other.example/2", "https://kept.example/3"));
        InputResolver resolver = resolver(new ArchiveFilter(Set.of("kept.example"), null, null));

        Iterator<DocumentInput> inputs = resolver.resolve(List.of(archive.toString()));
        assertEquals(ArchiveCounts.ZERO, resolver.archiveCounts(), "nothing read before the first input is asked for");

        assertEquals("https://www.kept.example/1", inputs.next().uri());
        assertEquals("https://kept.example/3", inputs.next().uri());
        assertFalse(inputs.hasNext());
        assertEquals(Map.of("host", 1L, "request", 3L, "warcinfo", 1L), resolver.archiveCounts().skipped());
    }

    @Test
    void aFileNamedLikeAnArchiveThatIsNotOneGivesOneError() throws IOException {
        Path fake = dir.resolve("fake.warc.gz");
        Files.writeString(fake, "<html><body>not compressed, not an archive</body></html>", StandardCharsets.UTF_8);

        List<DocumentInput> inputs = resolver(ArchiveFilter.NONE).stream(List.of(fake.toString())).toList();

        assertEquals(1, inputs.size());
        assertFalse(inputs.get(0).read().isOk());
        assertTrue(inputs.get(0).read().error().message().contains("is not a web archive"));
    }
}
