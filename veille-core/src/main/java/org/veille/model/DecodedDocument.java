package org.veille.model;

import java.util.List;
import java.util.Objects;

/**
 * A document turned into text: format detected and charset resolved. This is what extractors read.
 *
 * @param id       stable identifier: a hash of the source bytes
 * @param source   provenance, including the detected format and charset
 * @param text     the decoded characters
 * @param url      the document's address when it has one (fetched URL or the URI itself), else null;
 *                 extractors use it as a hint (dates in paths, host as site), never as truth
 * @param warnings what decoding noticed
 * @param feedItem the news-feed item that linked to the document, else null: metadata the pipeline
 *                 falls back on where the page declares none
 */
public record DecodedDocument(String id, Source source, String text, String url, List<Warning> warnings,
                              FeedItem feedItem) {
    public DecodedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(source.format(), "source.format");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }

    /** A document not reached through a feed. */
    public DecodedDocument(String id, Source source, String text, String url, List<Warning> warnings) {
        this(id, source, text, url, warnings, null);
    }

    public SourceFormat format() {
        return source.format();
    }
}
