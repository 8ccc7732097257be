package org.veille.model;

import java.util.Objects;

/**
 * Where a record came from and how its bytes were read.
 *
 * @param uri     file path, URL or {@code -} for standard input; for a web-archive record, its target URL
 * @param format  detected layout, or null when the bytes could not be read far enough to tell
 * @param charset the charset the text was decoded with, or null when never decoded
 * @param bytes   number of source bytes (after gzip decompression), or -1 when unknown
 * @param fetched when the transport fetched the bytes (ISO-8601 instant), else null; see {@link FetchMetadata#fetched()}
 * @param archive the web-archive file and record offset ({@code file.warc.gz#offset}), else null
 * @param feed    the URL of the news feed whose item linked to this document (or, on a feed's own
 *                error record, that feed), else null
 */
public record Source(String uri, SourceFormat format, String charset, long bytes, String fetched, String archive,
                     String feed) {
    public Source {
        Objects.requireNonNull(uri, "uri");
    }

    /** A source read without transport metadata: a local file, standard input, pasted text. */
    public Source(String uri, SourceFormat format, String charset, long bytes) {
        this(uri, format, charset, bytes, null, null, null);
    }

    /** A source not reached through a feed. */
    public Source(String uri, SourceFormat format, String charset, long bytes, String fetched, String archive) {
        this(uri, format, charset, bytes, fetched, archive, null);
    }

    /** This source with the transport's fetch time and archive position, and the linking feed, when it gave them. */
    public Source withTransport(FetchMetadata fetch) {
        if (fetch == null || (fetch.fetched() == null && fetch.archive() == null && fetch.feedItem() == null)) {
            return this;
        }
        return new Source(uri, format, charset, bytes, fetch.fetched(), fetch.archive(),
                fetch.feedItem() == null ? feed : fetch.feedItem().feed());
    }

    /** This source marked as coming from, or being, the feed at {@code feedUrl}. */
    public Source withFeed(String feedUrl) {
        return new Source(uri, format, charset, bytes, fetched, archive, feedUrl);
    }
}
