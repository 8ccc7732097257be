package org.veille.model;

/**
 * What the transport said about a document fetched over HTTP (or read from a web archive), and, for
 * an article reached through a news feed, what the feed said about it. Every field may be null when
 * the transport did not say.
 *
 * @param finalUrl    the URL after redirects
 * @param status      HTTP status code, or 0 when unknown
 * @param contentType the raw {@code Content-Type} header, which may carry a charset
 * @param fetched     when the bytes were fetched, as an ISO-8601 instant ({@code WARC-Date}, else the
 *                    HTTP {@code Date} header); transport time, never taken as the publication date
 * @param archive     where the bytes sit in a web archive ({@code file.warc.gz#offset}), else null
 * @param feedItem    the feed item that linked to this document, else null; its metadata is a
 *                    fallback for what the page does not declare
 */
public record FetchMetadata(String finalUrl, int status, String contentType, String fetched, String archive,
                            FeedItem feedItem) {

    /** Metadata of a live fetch that did not say when it happened. */
    public FetchMetadata(String finalUrl, int status, String contentType) {
        this(finalUrl, status, contentType, null, null, null);
    }

    /** Metadata of a fetch or archive record not reached through a feed. */
    public FetchMetadata(String finalUrl, int status, String contentType, String fetched, String archive) {
        this(finalUrl, status, contentType, fetched, archive, null);
    }

    /** This metadata with the feed item that linked to the document. */
    public FetchMetadata withFeedItem(FeedItem item) {
        return new FetchMetadata(finalUrl, status, contentType, fetched, archive, item);
    }
}
