package org.veille.ingest;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Reads HTTP date headers ({@code Date}, {@code Last-Modified}): RFC 1123, the only form servers send today. */
final class HttpDates {
    private HttpDates() {
    }

    /** The header's instant as ISO-8601 ({@code 2023-02-21T08:30:00Z}), or null when absent or unreadable. */
    static String instant(Optional<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(header.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
        } catch (DateTimeException e) {
            // A transport detail only: an unreadable Date header leaves the fetch time unknown.
            return null;
        }
    }
}
