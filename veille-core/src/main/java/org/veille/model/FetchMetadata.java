package org.veille.model;

/**
 * What the transport said about a document fetched over HTTP (or read from a web archive).
 * Every field may be null when the transport did not say.
 *
 * @param finalUrl    the URL after redirects
 * @param status      HTTP status code, or 0 when unknown
 * @param contentType the raw {@code Content-Type} header, which may carry a charset
 */
public record FetchMetadata(String finalUrl, int status, String contentType) {
}
