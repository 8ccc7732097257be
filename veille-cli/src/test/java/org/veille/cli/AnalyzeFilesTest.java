package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille analyze} on local files, folders and standard input, run as a user runs it. */
class AnalyzeFilesTest {

    @TempDir
    Path dir;

    /** A folder of pages of every local kind, a nested subfolder and a hidden file that must be skipped. */
    private Path pageFolder() throws IOException {
        Path root = dir.resolve("pages");
        Fixtures.copy(Fixtures.EN_ARTICLE, root.resolve("a-library.html"));
        Fixtures.copyGzipped(Fixtures.EN_NOTE, root.resolve("b-ferry.html.gz"));
        Fixtures.copy(Fixtures.FR_DUMP, root.resolve("c-marche.txt"));
        Fixtures.copy(Fixtures.EN_NOTE, root.resolve("sub").resolve("d-nested.html"));
        Fixtures.copy(Fixtures.EN_NOTE, root.resolve(".hidden.html"));
        return root;
    }

    @Test
    void folderGivesOneArticlePerFileInPathOrder() throws IOException {
        Path root = pageFolder();

        CliRun run = CliRun.of("analyze", root.toString());

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(List.of(root.resolve("a-library.html").toString(), root.resolve("b-ferry.html.gz").toString(),
                root.resolve("c-marche.txt").toString(), root.resolve("sub").resolve("d-nested.html").toString()),
                run.uris());
        assertEquals(List.of("-", "-", "-", "-"), run.errorKinds());
        assertEquals("", run.stderr(), "no progress bar or message when stderr is not a terminal");
    }

    @Test
    void recordsCarryWhatEachPageSays() throws IOException {
        Path root = pageFolder();

        List<JsonNode> records = CliRun.of("analyze", root.toString()).records();

        JsonNode html = records.get(0);
        assertEquals("html", html.path("source").path("format").asText());
        assertEquals("Village library reopens after flood repairs", html.path("title").asText());
        assertEquals("[\"Robin Ashdown\"]", html.path("authors").toString());
        assertEquals("The Marsh Gazette", html.path("site").asText());
        assertEquals("https://marsh-gazette.example/local/library-reopens", html.path("url").asText());
        assertEquals("en", html.path("language").asText());
        assertTrue(html.path("text").asText().contains("seven months after floodwater"), html.toString());
        assertFalse(html.path("text").asText().contains("All rights reserved"), "footer kept: " + html);

        JsonNode gzipped = records.get(1);
        assertEquals(Fixtures.bytes(Fixtures.EN_NOTE).length, gzipped.path("source").path("bytes").asInt(),
                "size counts the bytes after gzip is undone");
        assertEquals("Harbour ferry timetable changes", gzipped.path("title").asText());

        JsonNode dump = records.get(2);
        assertEquals("text", dump.path("source").path("format").asText());
        assertEquals("Le marché couvert de Brenneval retrouve ses commerçants", dump.path("title").asText());
        assertEquals("RÉGION", dump.path("section").asText());
        assertEquals(0, dump.path("authors").size(), "a bare 'par' names nobody");
        assertEquals("fr", dump.path("language").asText());
    }

    @Test
    void badInputsEachGiveOneErrorRecordOfTheDocumentedKind() throws IOException {
        Path good = Fixtures.copy(Fixtures.EN_NOTE, dir.resolve("good.html"));
        Path binary = Files.write(dir.resolve("image.html"), pngLikeBytes());
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path large = Fixtures.copy(Fixtures.EN_ARTICLE, dir.resolve("large.html"));
        byte[] gzip = Files.readAllBytes(Fixtures.copyGzipped(Fixtures.EN_NOTE, dir.resolve("whole.html.gz")));
        Path truncated = Files.write(dir.resolve("truncated.html.gz"), Arrays.copyOf(gzip, gzip.length / 2));
        Path missing = dir.resolve("no-such-page.html");

        CliRun run = CliRun.of("analyze", "--max-bytes", "1000", good.toString(), binary.toString(),
                empty.toString(), large.toString(), truncated.toString(), missing.toString());

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(List.of(good.toString(), binary.toString(), empty.toString(), large.toString(),
                truncated.toString(), missing.toString()), run.uris());
        assertEquals(List.of("-", "binary", "empty", "too-large", "unreadable", "unreadable"), run.errorKinds());
        for (JsonNode record : run.records().subList(1, 6)) {
            assertFalse(record.path("error").path("message").asText().isBlank(), record.toString());
            assertTrue(record.path("title").isNull(), "error records carry no article: " + record);
            assertEquals(0, record.path("paragraphs").size(), record.toString());
        }
        assertEquals("", run.stderr());
    }

    @Test
    void standardInputIsOneDocument() {
        CliRun run = CliRun.withStdin(Fixtures.bytes(Fixtures.EN_ARTICLE), "analyze", "-");

        assertEquals(0, run.exitCode(), run.describe());
        List<JsonNode> records = run.records();
        assertEquals(1, records.size());
        assertEquals("-", records.get(0).path("source").path("uri").asText());
        assertEquals("Village library reopens after flood repairs", records.get(0).path("title").asText());
    }

    @Test
    void standardInputNamedTwiceIsReadOnceAndTheSecondIsAnError() {
        CliRun run = CliRun.withStdin(Fixtures.bytes(Fixtures.FR_DUMP), "analyze", "-", "-");

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(List.of("-", "-"), run.uris());
        assertEquals(List.of("-", "unreadable"), run.errorKinds());
    }

    @Test
    void emptyStandardInputIsAnEmptyRecord() {
        CliRun run = CliRun.withStdin(new byte[0], "analyze", "-");

        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(List.of("empty"), run.errorKinds());
    }

    @Test
    void textFormatIsForPeople() throws IOException {
        Path page = Fixtures.copy(Fixtures.EN_ARTICLE, dir.resolve("library.html"));
        Path missing = dir.resolve("gone.html");

        CliRun run = CliRun.of("analyze", "--format", "text", page.toString(), missing.toString());

        assertEquals(1, run.exitCode(), run.describe());
        String out = run.stdout();
        assertTrue(out.contains("== Village library reopens after flood repairs"), out);
        assertTrue(out.contains("authors   Robin Ashdown"), out);
        assertTrue(out.contains("language  en"), out);
        assertTrue(out.contains("seven months after floodwater"), out);
        assertTrue(out.contains("!! " + missing), out);
        assertTrue(out.contains("error (unreadable)"), out);
        assertFalse(out.lines().anyMatch(line -> line.startsWith("{")), "no JSON in text output: " + out);
    }

    @Test
    void twoThreadsGiveTheSameRecordsInTheSameOrderAsOne() throws IOException {
        Path root = pageFolder();
        for (int i = 0; i < 12; i++) {
            Fixtures.copy(i % 2 == 0 ? Fixtures.EN_NOTE : Fixtures.FR_DUMP, root.resolve("more").resolve("page-" + i + ".txt"));
        }
        Files.write(root.resolve("more").resolve("page-5b.txt"), new byte[0]);

        CliRun one = CliRun.of("analyze", "--threads", "1", root.toString());
        CliRun two = CliRun.of("analyze", "--threads", "2", root.toString());

        assertEquals(1, one.exitCode(), one.describe());
        assertEquals(one.exitCode(), two.exitCode());
        assertEquals(17, one.records().size());
        assertEquals(one.stdout(), two.stdout());
    }

    @Test
    void noLanguageLeavesTheLanguageOut() throws IOException {
        Path page = Fixtures.copy(Fixtures.FR_DUMP, dir.resolve("marche.txt"));

        JsonNode with = CliRun.of("analyze", page.toString()).records().get(0);
        CliRun run = CliRun.of("analyze", "--no-language", page.toString());
        JsonNode without = run.records().get(0);

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("fr", with.path("language").asText());
        assertTrue(without.path("language").isNull(), without.toString());
        assertEquals(with.path("text"), without.path("text"), "extraction does not depend on the flag");
        assertFalse(without.path("warnings").toString().contains("\"language\""), without.toString());
        for (String analysis : new String[] {"entities", "quotes", "dates"}) {
            assertTrue(without.path(analysis).isNull(), "no language, no analysis run: " + analysis + " is null, not []");
        }
    }

    @Test
    void articlesGetEntitiesAndAttributedQuotesUnlessExtractOnly() throws IOException {
        Path page = Fixtures.copy(Fixtures.EN_ARTICLE, dir.resolve("library.html"));

        JsonNode analysed = CliRun.of("analyze", page.toString()).records().get(0);
        CliRun run = CliRun.of("analyze", "--extract-only", page.toString());
        JsonNode extracted = run.records().get(0);

        assertEquals(0, run.exitCode(), run.describe());
        JsonNode quote = analysed.path("quotes").get(0);
        assertEquals("direct", quote.path("kind").asText(), analysed.toString());
        assertEquals("Moira Quill", quote.path("speaker").asText(), analysed.toString());
        assertEquals("said", quote.path("cue").asText(), analysed.toString());
        String text = analysed.path("text").asText();
        int from = text.offsetByCodePoints(0, quote.path("start").asInt());
        assertTrue(text.substring(from).startsWith(quote.path("text").asText()), "offsets point into text");
        assertTrue(analysed.path("entities").toString().contains("\"Moira Quill\""), analysed.toString());
        assertTrue(extracted.path("entities").isNull(), extracted.toString());
        assertTrue(extracted.path("quotes").isNull(), extracted.toString());
        assertEquals(analysed.path("text"), extracted.path("text"), "extraction does not depend on the flag");
    }

    @Test
    void quietChangesNothingButTheProgressBar() throws IOException {
        Path root = pageFolder();

        CliRun loud = CliRun.of("analyze", root.toString());
        CliRun quiet = CliRun.of("analyze", "--quiet", root.toString());
        CliRun shortFlag = CliRun.of("analyze", "-q", root.toString());

        assertEquals(0, quiet.exitCode(), quiet.describe());
        assertEquals(loud.stdout(), quiet.stdout());
        assertEquals(loud.stdout(), shortFlag.stdout());
        assertEquals("", quiet.stderr());
    }

    @Test
    void sameBytesGiveTheSameIdWhereverTheyComeFrom() throws IOException {
        Path plain = Fixtures.copy(Fixtures.EN_NOTE, dir.resolve("note.html"));
        Path gzipped = Fixtures.copyGzipped(Fixtures.EN_NOTE, dir.resolve("note.html.gz"));

        List<JsonNode> records = CliRun.withStdin(Fixtures.bytes(Fixtures.EN_NOTE),
                "analyze", plain.toString(), gzipped.toString(), "-").records();

        assertEquals(3, records.size());
        String id = records.get(0).path("id").asText();
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertEquals(id, records.get(1).path("id").asText());
        assertEquals(id, records.get(2).path("id").asText());
    }

    @Test
    void outputIsUtf8WhateverThePageCharset() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Fête au village</title></head><body><article>"
                + "<h1>Fête au village</h1><p>La fête du village de Brenneval a réuni des centaines de personnes "
                + "samedi soir, malgré une météo incertaine et un vent frais venu de la mer.</p></article></body></html>";
        Path page = Files.write(dir.resolve("fete.html"), html.getBytes(StandardCharsets.ISO_8859_1));

        JsonNode record = CliRun.of("analyze", page.toString()).records().get(0);

        assertEquals("windows-1252", record.path("source").path("charset").asText());
        assertEquals("Fête au village", record.path("title").asText());
    }

    /** A PNG signature followed by binary junk with NUL bytes. */
    private static byte[] pngLikeBytes() {
        byte[] bytes = new byte[600];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int i = signature.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
