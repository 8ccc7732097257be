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
 */
public record DecodedDocument(String id, Source source, String text, String url, List<Warning> warnings) {
    public DecodedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(source.format(), "source.format");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }

    public SourceFormat format() {
        return source.format();
    }
}
