package org.veille.spark.input;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.veille.ingest.DocumentInput;

/**
 * A file that is one document: a page (nothing is opened until the document is read), or a file that
 * could not be opened, whose failing document still becomes its error record.
 */
final class SingleDocument implements FileDocuments {
    private final DocumentInput page;
    private boolean handedOut;

    SingleDocument(DocumentInput page) {
        this.page = Objects.requireNonNull(page, "page");
    }

    @Override
    public boolean hasNext() {
        return !handedOut;
    }

    @Override
    public DocumentInput next() {
        if (handedOut) {
            throw new NoSuchElementException();
        }
        handedOut = true;
        return page;
    }

    @Override
    public long recordsRead() {
        return handedOut ? 1 : 0;
    }

    @Override
    public Map<String, Long> skipped() {
        return Map.of();
    }

    @Override
    public void close() {
        // Nothing held open: the document is read and closed inside DocumentInput.read().
    }
}
