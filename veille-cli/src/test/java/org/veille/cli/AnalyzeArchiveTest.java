package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.warc.ArchiveFilter;
import org.veille.ingest.warc.ArchiveReader;
import org.veille.model.ArticleRecord;
import org.veille.pipeline.Pipeline;

/** {@code veille analyze} and {@code veille ingest} on web archives, run as a user runs them. */
class AnalyzeArchiveTest {
    private static final Instant CAPTURED = Instant.parse("2023-02-21T08:00:00Z");

    @TempDir
    Path dir;

    private static String page(String title, String paragraph) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + paragraph + "</p><p>" + paragraph + "</p></article></body></html>";
    }

    private static final String ENGLISH = "The harbour ferry returned to service on Monday after a month of repairs, "
            + "and the first crossing was full of commuters who had waited for it since the storm.";
    private static final String FRENCH = "Le bac du port a repris son service lundi après un mois de réparations, "
            + "et la première traversée était pleine de voyageurs qui l'attendaient depuis la tempête.";

    private static byte[] record(WarcRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            writer.write(record);
        }
        return out.toByteArray();
    }

    private static WarcRecord response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "X").addHeader("Content-Type", type)
                .body(null, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
    }

    private static WarcRecord request(String url) throws IOException {
        return new WarcRequest.Builder(url).date(CAPTURED)
                .body(new HttpRequest.Builder("GET", "/").addHeader("Host", "x").build()).build();
    }

    /** Three pages (one French), a request, a 404 and an image, then a corrupt member, then one more page. */
    private Path archive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(record(request("https://harbour.example/ferry")));
        out.writeBytes(record(response("https://harbour.example/ferry", 200, "text/html; charset=utf-8", page("Ferry back", ENGLISH))));
        out.writeBytes(record(response("https://harbour.example/gone", 404, "text/html", "<p>no</p>")));
        out.writeBytes(record(response("https://harbour.example/logo.png", 200, "image/png", "PNG")));
        out.writeBytes(record(response("https://port.example/bac", 200, "text/html; charset=utf-8", page("Le bac reprend", FRENCH))));
        int damaged = out.size();
        byte[] bad = record(response("https://harbour.example/bad", 200, "text/html", page("Bad", ENGLISH)));
        for (int i = 30; i < bad.length - 20; i += 5) {
            bad[i] ^= 0x33;
        }
        out.writeBytes(bad);
        out.writeBytes(record(response("https://www.harbour.example/last", 200, "text/html", page("Last crossing", ENGLISH))));
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, out.toByteArray());
        assertTrue(damaged > 0);
        return file;
    }

    @Test
    void oneRecordPerPageRecordAnErrorForTheDamagedOneAndASummaryOnStderr() throws IOException {
        Path archive = archive();

        CliRun run = CliRun.of("analyze", "--extract-only", archive.toString());

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(List.of("https://harbour.example/ferry", "https://port.example/bac", archive + "#"
                + run.records().get(2).path("source").path("uri").asText().replaceAll(".*#", ""),
                "https://www.harbour.example/last"), run.uris());
        assertEquals(List.of("-", "-", "unreadable", "-"), run.errorKinds());
        JsonNode first = run.records().get(0);
        assertEquals("2023-02-21T08:00:00Z", first.path("source").path("fetched").asText());
        assertTrue(first.path("source").path("archive").asText().startsWith(archive + "#"));
        assertEquals("Ferry back", first.path("title").asText());
        JsonNode damaged = run.records().get(2);
        assertTrue(damaged.path("error").path("message").asText().contains("damaged archive data"));
        // An error record says where it sits in the archive too, so a researcher can seek to it.
        assertEquals(damaged.path("source").path("uri").asText(), damaged.path("source").path("archive").asText());
        assertEquals("veille: web archives: 7 records read, 3 pages, 3 skipped (not-200 1, not-html 1, request 1), "
                + "1 failed; 3 articles out, 1 error records\n", run.stderr());
    }

    @Test
    void filtersDropRecordsBeforeTheAnalysisAndAreCounted() throws IOException {
        Path archive = archive();

        CliRun run = CliRun.of("analyze", "--extract-only", "--include-host", "harbour.example", "--lang", "en",
                "--from", "2023-02-21", "--to", "2023-02-21", archive.toString());

        assertEquals(List.of("https://harbour.example/ferry", archive + "#" + run.records().get(1).path("source")
                .path("uri").asText().replaceAll(".*#", ""), "https://www.harbour.example/last"), run.uris());
        assertTrue(run.stderr().contains("host 1"), run.stderr());
        CliRun french = CliRun.of("analyze", "--extract-only", "--lang", "fr", archive.toString());
        assertEquals(List.of("https://port.example/bac", "-"), List.of(french.uris().get(0), french.errorKinds().get(0)));
        assertTrue(french.stderr().contains("2 skipped by --lang"), french.stderr());
    }

    @Test
    void aDateRangeEndingBeforeItStartsIsAUsageError() throws IOException {
        CliRun run = CliRun.of("analyze", "--from", "2023-03-01", "--to", "2023-02-01", archive().toString());

        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("before it starts"), run.stderr());
    }

    @Test
    void theArchiveIsReadNoFurtherAheadThanTheWorkersWindow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 60; i++) {
            out.writeBytes(record(response("https://harbour.example/" + i, 200, "text/html", page("Page " + i, ENGLISH))));
        }
        ArchiveReader reader = ArchiveReader.open(new ByteArrayInputStream(out.toByteArray()), "w.warc.gz",
                IngestSettings.defaults(), ArchiveFilter.NONE);
        Pipeline pipeline = Pipeline.builder().build();
        List<Long> readWhenOut = new ArrayList<>();

        new OrderedParallelRunner<DocumentInput, ArticleRecord>(2).run(reader, pipeline::process,
                record -> readWhenOut.add(reader.counts().documents()));

        assertEquals(60, readWhenOut.size());
        // Two threads keep at most eight inputs in flight: when record n comes out, at most n + 8 were read.
        for (int n = 0; n < readWhenOut.size(); n++) {
            assertTrue(readWhenOut.get(n) <= n + 1 + 8, "record " + n + " came out after " + readWhenOut.get(n) + " were read");
        }
    }

    @Test
    void ingestStoresThePagesOfAnArchive() throws IOException {
        Path index = dir.resolve("index");

        CliRun run = CliRun.of("ingest", "--extract-only", "--index", index.toString(), archive().toString());

        assertEquals(1, run.exitCode(), run.describe());
        assertTrue(run.stdout().startsWith("ingest: "), run.stdout());
        assertTrue(run.stderr().startsWith("veille: web archives: 7 records read, 3 pages"), run.stderr());
    }
}
