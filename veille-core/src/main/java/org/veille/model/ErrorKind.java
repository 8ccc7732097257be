package org.veille.model;

/**
 * Why a document could not become an article. Each kind is specific enough for a user to act on:
 * a wrong path is not a binary file, and neither is a server that timed out.
 */
public enum ErrorKind {
    /** The input could not be read at all (missing file, permission, I/O error, corrupt gzip). */
    UNREADABLE,
    /** The bytes are not text (an image, a PDF, an archive, ...). */
    BINARY,
    /** Zero bytes, or only whitespace once decoded. */
    EMPTY,
    /** Larger than the configured size cap; nothing was parsed. */
    TOO_LARGE,
    /** An http(s) URL could not be fetched (timeout, DNS, refused, non-2xx status, bad redirect). */
    FETCH_FAILED,
    /** A news feed could not be read as one: malformed XML or JSON, or a page served where a feed was declared. */
    MALFORMED_FEED,
    /** A bug in Veille surfaced on this document; the batch goes on and the message names the cause. */
    INTERNAL;

    /** The kebab-case name used in the output contract, e.g. {@code "too-large"}. */
    public String wireName() {
        return WireNames.of(this);
    }

    public static ErrorKind fromWireName(String name) {
        return WireNames.parse(ErrorKind.class, name);
    }
}
