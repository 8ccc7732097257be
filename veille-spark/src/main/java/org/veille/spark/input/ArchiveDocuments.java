package org.veille.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestSettings;
import org.veille.ingest.warc.ArchiveReader;
import org.veille.model.ErrorKind;

/**
 * A web-archive file's documents, read by the core's {@link ArchiveReader} from a Hadoop stream: the
 * same reader, filter and counts as {@code veille analyze x.warc.gz}, so the records are the CLI's. The
 * archive is named as {@link InputNames} names files, which puts that name in each record's
 * {@code source.archive} ({@code name#offset}).
 */
final class ArchiveDocuments implements FileDocuments {
    private final ArchiveReader reader;

    private ArchiveDocuments(ArchiveReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The archive's documents; a file that cannot be opened yields one failing document saying why. */
    static FileDocuments open(Path path, Configuration conf, IngestSettings settings, ArchiveSelection selection) {
        String name = InputNames.of(path);
        InputStream in;
        try {
            in = path.getFileSystem(conf).open(path);
        } catch (IOException e) {
            return new SingleDocument(DocumentInput.failing(name, ErrorKind.UNREADABLE, "cannot open " + name + ": " + e));
        }
        return new ArchiveDocuments(ArchiveReader.open(in, name, settings, selection.filter()));
    }

    @Override
    public boolean hasNext() {
        return reader.hasNext();
    }

    @Override
    public DocumentInput next() {
        return reader.next();
    }

    /** Every record met: documents, failures and skips, each once ({@code ArchiveCounts.total()}). */
    @Override
    public long recordsRead() {
        return reader.counts().total();
    }

    @Override
    public Map<String, Long> skipped() {
        return reader.counts().skipped();
    }

    @Override
    public void close() {
        // Closes the Hadoop stream too, also when a task stops before the archive's end.
        reader.close();
    }
}
