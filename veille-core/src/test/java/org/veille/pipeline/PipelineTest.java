package org.veille.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;

class PipelineTest {
    private static final String PAGE = """
            <html><head><meta charset="iso-8859-1"><title>Le conseil vote le budget</title></head>
            <body><article><h1>Le conseil vote le budget</h1>
            <p>Le conseil municipal a voté mardi soir le budget de l’année, après trois heures de débat animé.</p>
            <p>« Nous tenons nos engagements », a déclaré la maire, qui a rappelé les priorités de l’équipe.</p>
            </article></body></html>""";

    private final Pipeline pipeline = Pipeline.builder().withoutLanguage().build();

    @Test
    void decodingWarningsReachTheRecordFromBytes() {
        ArticleRecord record = pipeline.process(RawDocument.of("page.html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertNull(record.error());
        assertTrue(record.warnings().stream().anyMatch(w -> w.code().equals("charset-mismatch")), record.warnings().toString());
        assertTrue(record.extraction().text().contains("l’année"));
    }

    @Test
    void decodingWarningsReachTheRecordFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.html");
        Files.write(file, PAGE.getBytes(StandardCharsets.UTF_8));
        ArticleRecord record = pipeline.process(DocumentInput.ofFile(file, IngestSettings.defaults()));
        assertEquals(1, record.warnings().stream().filter(w -> w.code().equals("charset-mismatch")).count());
    }

    @Test
    void anUnreadableInputBecomesOneErrorRecord(@TempDir Path dir) {
        ArticleRecord record = pipeline.process(DocumentInput.ofFile(dir.resolve("missing.html"), IngestSettings.defaults()));
        assertTrue(record.isError());
        assertEquals(ErrorKind.UNREADABLE, record.error().kind());
        assertNull(record.extraction());
    }

    @Test
    void emptyBytesBecomeAnEmptyErrorRecordWithTheirSize() {
        ArticleRecord record = pipeline.process(RawDocument.of("empty.txt", new byte[0]));
        assertEquals(ErrorKind.EMPTY, record.error().kind());
        assertEquals(0, record.source().bytes());
    }

    @Test
    void theLanguageLayerIsAddedOnlyWhenTheStageRuns() {
        ArticleRecord without = pipeline.process(RawDocument.of("page.html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertNull(without.language());
        ArticleRecord with = Pipeline.builder().build().process(RawDocument.of("page.html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertFalse(with.isError());
        assertEquals("fr", with.language().language());
    }
}
