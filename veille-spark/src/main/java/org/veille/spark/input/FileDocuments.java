package org.veille.spark.input;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Map;

import org.veille.ingest.DocumentInput;

/**
 * The documents of one input file, in file order, read lazily: every record of a web archive, or the
 * file itself when it is a page. Closing releases the file; counts are final once the iteration ends.
 */
public interface FileDocuments extends Iterator<DocumentInput>, Closeable {

    /** Records read so far: web-archive records of every type, or 1 for a page file. */
    long recordsRead();

    /** Records read but not handed on (not a response, not HTML, not 200…), by reason. */
    Map<String, Long> skipped();
}
