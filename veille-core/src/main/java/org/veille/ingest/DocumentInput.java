package org.veille.ingest;

import java.nio.file.Path;

import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * One document to read: a file, a URL, or bytes already in memory (standard input).
 *
 * <p>Inputs are cheap handles: nothing is read until {@link #read()}, so a resolver can hand out
 * inputs for a folder of 100,000 files without holding any of them. Implementations are immutable
 * and safe to read from any thread.
 */
public interface DocumentInput {

    /** The file path, URL or {@code -} the document is known by; becomes the record's source URI. */
    String uri();

    /**
     * Reads the bytes (gzip undone, size cap enforced). Never throws for bad input: a missing file,
     * an I/O error or a failed fetch comes back as a failed outcome naming the document.
     */
    Outcome<RawDocument> read();

    /**
     * Whether this input may turn out to be a news feed once fetched, and so expand into its items:
     * true only for the URLs the user named (directly or in a URL list), never for files or for a
     * feed's own items.
     */
    default boolean mayBeFeed() {
        return false;
    }

    /** A local file, read when asked; {@code .gz} and gzip-signed files are decompressed. */
    static DocumentInput ofFile(Path path, IngestSettings settings) {
        return new FileInput(path.toString(), path, settings);
    }

    /** An http(s) URL fetched when asked. */
    static DocumentInput ofUrl(String url, Fetcher fetcher) {
        return new UrlInput(url, fetcher);
    }

    /** Bytes already read, e.g. from a pipe; the array is copied. */
    static DocumentInput ofBytes(String uri, byte[] bytes) {
        return new MemoryInput(RawDocument.of(uri, bytes));
    }

    /**
     * A document already read, with its transport metadata (a record of a web archive): nothing is
     * read again, and its {@link #archive()} is the one its metadata names.
     */
    static DocumentInput ofRead(RawDocument document) {
        return new MemoryInput(document);
    }

    /**
     * Where this input sits in a web archive ({@code file.warc.gz#offset}), else null. Known before
     * reading, so that even an input whose read fails says where it was.
     */
    default String archive() {
        return null;
    }

    /** An input known to fail, so that the failure still becomes a record. */
    static DocumentInput failing(String uri, ErrorKind kind, String message) {
        return new FailedInput(uri, kind, message, null);
    }

    /** A failing record of a web archive, at {@code archive} ({@code file.warc.gz#offset}). */
    static DocumentInput failingInArchive(String uri, ErrorKind kind, String message, String archive) {
        return new FailedInput(uri, kind, message, archive);
    }
}
