package org.veille.spark.input;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.veille.ingest.IngestSettings;

/** Opens an input file's documents, by what the file holds ({@link InputKind}). */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The documents of {@code file} (a fully qualified path from {@link InputListing}); a web archive is
     * opened at once, a page only when read. Failures to open become a failing document, never an exception.
     */
    public static FileDocuments open(String file, Configuration conf, IngestSettings settings, ArchiveSelection selection) {
        Path path = new Path(file);
        return switch (InputKind.of(path.getName())) {
            case WEB_ARCHIVE -> ArchiveDocuments.open(path, conf, settings, selection);
            case PAGE -> new SingleDocument(new HadoopPageInput(path, conf, settings.maxBytes()));
        };
    }
}
