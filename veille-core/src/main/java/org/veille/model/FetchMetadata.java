package org.veille.model;

/**
 * What the transport said about a document fetched over HTTP (or read from a web archive).
 * Every field may be null when the transport did not say.
 *
 * @param finalUrl    the URL after redirects
 * @param status      HTTP status code, or 0 when unknown
 * @param contentType the raw {@code Content-Type} header, which may carry a charset
 * @param fetched     when the bytes were fetched, as an ISO-8601 instant ({@code WARC-Date}, else the
 *                    HTTP {@code Date} header); transport time, never taken as the publication date
 * @param archive     where the bytes sit in a web archive ({@code file.warc.gz#offset}), else null
 */
public record FetchMetadata(String finalUrl, int status, String contentType, String fetched, String archive) {

    /** Metadata of a live fetch that did not say when it happened. */
    public FetchMetadata(String finalUrl, int status, String contentType) {
        this(finalUrl, status, contentType, null, null);
    }
}
