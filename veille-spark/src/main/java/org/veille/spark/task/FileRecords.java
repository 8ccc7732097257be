package org.veille.spark.task;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.veille.ingest.DocumentInput;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.spark.input.FileDocuments;
import org.veille.spark.output.FileRecord;

/**
 * The records of one input file, made as they are asked for: one document is read and processed at a
 * time, so a task holds one record in memory whatever the archive's size. When the file's documents
 * run out, its counts go to the job's counters and the file is closed.
 *
 * <p>Should reading the file itself break (the store went away mid-archive), the file ends with one
 * error record saying where and why, instead of failing the task: the records before it stand.
 */
final class FileRecords implements Iterator<FileRecord>, AutoCloseable {
    private final String file;
    private final String name;
    private final FileDocuments documents;
    private final DocumentProcessor processor;
    private final JobCounters counters;
    private FileRecord next;
    private boolean finished;

    FileRecords(String file, String name, FileDocuments documents, DocumentProcessor processor, JobCounters counters) {
        this.file = Objects.requireNonNull(file, "file");
        this.name = Objects.requireNonNull(name, "name");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            DocumentInput input = nextDocument();
            if (input == null) {
                finish();
            } else {
                ArticleRecord record = processor.process(input);
                if (record != null) {
                    next = new FileRecord(file, record);
                }
            }
        }
        return next != null;
    }

    @Override
    public FileRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FileRecord record = next;
        next = null;
        return record;
    }

    /** The next document, null at the end; a reading failure becomes a last, failing document. */
    private DocumentInput nextDocument() {
        try {
            return documents.hasNext() ? documents.next() : null;
        } catch (RuntimeException e) {
            finish();
            counters.recordsRead(1);
            return DocumentInput.failing(name, ErrorKind.UNREADABLE, "reading " + name + " stopped after "
                    + documents.recordsRead() + " record(s): " + e);
        }
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        counters.fileRead();
        counters.recordsRead(documents.recordsRead());
        documents.skipped().forEach(counters::skipped);
        close();
    }

    @Override
    public void close() {
        try {
            documents.close();
        } catch (IOException e) {
            // Everything wanted was read; a failure to release the file changes no record.
        }
    }
}
