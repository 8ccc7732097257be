package org.veille.model;

import java.util.Objects;

/**
 * Where a record came from and how its bytes were read.
 *
 * @param uri     file path, URL or {@code -} for standard input
 * @param format  detected layout, or null when the bytes could not be read far enough to tell
 * @param charset the charset the text was decoded with, or null when never decoded
 * @param bytes   number of source bytes (after gzip decompression), or -1 when unknown
 */
public record Source(String uri, SourceFormat format, String charset, long bytes) {
    public Source {
        Objects.requireNonNull(uri, "uri");
    }
}
