package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.model.SourceFormat;
import org.veille.pipeline.Outcome;

class IngestionTest {

    @TempDir
    Path dir;

    private final Ingestion ingestion = new Ingestion(IngestSettings.defaults());

    @Test
    void readableDocumentIsDecoded() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), "<p>Bonjour</p><p>le monde</p>");
        IngestResult result = ingestion.ingest(DocumentInput.ofFile(file, IngestSettings.defaults()));
        assertTrue(result.isOk());
        assertEquals(SourceFormat.HTML, result.source().format());
        assertEquals(result.outcome().value().id(), result.id());
    }

    @Test
    void missingFileGetsAnIdFromItsUriAndAnErrorRecord() {
        Path missing = dir.resolve("missing.html");
        IngestResult result = ingestion.ingest(DocumentInput.ofFile(missing, IngestSettings.defaults()));
        assertFalse(result.isOk());
        assertEquals(DocumentIds.ofUri(missing.toString()), result.id());
        assertEquals(-1, result.source().bytes());
        assertNull(result.source().format());
        ArticleRecord record = result.toErrorRecord();
        assertEquals(ErrorKind.UNREADABLE, record.error().kind());
        assertEquals(missing.toString(), record.source().uri());
    }

    @Test
    void binaryDocumentGetsAnIdFromItsBytes() {
        IngestResult result = ingestion.ingest(DocumentInput.ofBytes("img", BinarySnifferTest.PNG));
        assertEquals(ErrorKind.BINARY, result.outcome().error().kind());
        assertEquals(DocumentIds.of(BinarySnifferTest.PNG), result.id());
        assertEquals(BinarySnifferTest.PNG.length, result.source().bytes());
    }

    @Test
    void anInputThatThrowsBecomesAnInternalFailure() {
        DocumentInput broken = new DocumentInput() {
            @Override
            public String uri() {
                return "broken";
            }

            @Override
            public Outcome<RawDocument> read() {
                throw new IllegalStateException("boom");
            }
        };
        IngestResult result = ingestion.ingest(broken);
        assertEquals(ErrorKind.INTERNAL, result.outcome().error().kind());
        assertTrue(result.outcome().error().message().contains("IllegalStateException: boom"));
    }

    @Test
    void failingInputKeepsItsKindAndMessage() {
        IngestResult result = ingestion.ingest(DocumentInput.failing("x", ErrorKind.FETCH_FAILED, "HTTP 404 Not Found"));
        assertEquals(ErrorKind.FETCH_FAILED, result.outcome().error().kind());
        assertEquals("HTTP 404 Not Found", result.outcome().error().message());
    }

    @Test
    void bytesInputIsCopied() {
        byte[] bytes = "hello".getBytes(StandardCharsets.US_ASCII);
        DocumentInput input = DocumentInput.ofBytes("mem", bytes);
        bytes[0] = 'j';
        assertEquals("hello", ingestion.ingest(input).outcome().value().text());
    }
}
