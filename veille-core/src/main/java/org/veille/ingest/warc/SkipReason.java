package org.veille.ingest.warc;

import java.util.Locale;

/**
 * Why an archive record was passed over without becoming a document. These are not errors: an
 * archive holds requests, metadata and non-page captures beside the pages, and filters exclude
 * records on purpose. Each is counted under its {@link #key()} in {@link ArchiveCounts#skipped()}.
 */
public enum SkipReason {
    /** A {@code request} record: what the crawler sent. */
    REQUEST,
    /** A {@code metadata} record: the crawler's notes about a capture. */
    METADATA,
    /** A {@code warcinfo} record: about the archive file itself. */
    WARCINFO,
    /** A {@code revisit} record: a capture identical to an earlier one, stored without its payload. */
    REVISIT,
    /** A {@code resource} record: content captured without HTTP headers (DNS answers, screenshots). */
    RESOURCE,
    /** Any other record type (conversion, continuation, unknown types). */
    OTHER_TYPE,
    /** A {@code response} record that does not hold an HTTP response ({@code dns:}, gemini, ...). */
    NOT_HTTP,
    /** An HTTP status other than 200: redirects, errors, partial content. */
    NOT_200,
    /** A payload that is not a page: images, scripts, PDFs, feeds, JSON. */
    NOT_HTML,
    /** Excluded by the host filter. */
    HOST,
    /** Excluded by the capture-date filter. */
    DATE,
    /** Excluded by the language filter, after language detection (counted by the caller that filters). */
    LANGUAGE;

    /** The name counts are kept under, e.g. {@code "not-200"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason for a record of WARC type {@code type} other than {@code response}. */
    static SkipReason ofRecordType(String type) {
        return switch (type) {
            case "request" -> REQUEST;
            case "metadata" -> METADATA;
            case "warcinfo" -> WARCINFO;
            case "revisit" -> REVISIT;
            case "resource" -> RESOURCE;
            default -> OTHER_TYPE;
        };
    }
}
