package org.veille.spark.input;

import org.apache.hadoop.fs.Path;

/**
 * The name a record's {@code source.uri} (for a page) or {@code source.archive} (for a web archive) gives an
 * input file. A local file is named by its path, as {@code veille analyze /data/x.html} names it, so the
 * job's records for local files are the CLI's records, byte for byte; any other file by its full URI
 * ({@code s3a://bucket/x.warc.gz}).
 */
public final class InputNames {

    private InputNames() {
    }

    public static String of(Path path) {
        java.net.URI uri = path.toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : path.toString();
    }
}
