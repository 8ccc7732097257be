package org.veille.ingest;

import java.util.List;
import java.util.Objects;

import org.veille.model.DecodedDocument;
import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.model.Source;
import org.veille.model.Warning;
import org.veille.pipeline.Outcome;

/**
 * Reads and decodes one input, never throwing: the pipeline's single entry into this stage.
 *
 * <p>Even a failure comes with a stable id (hash of the bytes when they were read, else of the URI)
 * and a source, so that every input yields exactly one record. Thread-safe.
 */
public final class Ingestion {

    private final DocumentDecoder decoder;

    public Ingestion(DocumentDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    public Ingestion(IngestSettings settings) {
        this(new DocumentDecoder(settings));
    }

    public IngestResult ingest(DocumentInput input) {
        Objects.requireNonNull(input, "input");
        String uri = safeUri(input);
        Outcome<RawDocument> read;
        try {
            read = input.read();
        } catch (RuntimeException e) {
            read = Outcome.failed(ErrorKind.INTERNAL, "reading " + uri + " failed: " + e);
        }
        if (!read.isOk()) {
            return new IngestResult(DocumentIds.ofUri(uri), new Source(uri, null, null, -1, null, safeArchive(input)),
                    Outcome.failed(read.error(), read.warnings()));
        }
        return decode(read.value(), read.warnings());
    }

    /** Decodes bytes already read, e.g. a page pasted into the API or a record of a web archive. */
    public IngestResult ingest(RawDocument raw) {
        return decode(Objects.requireNonNull(raw, "raw"), List.of());
    }

    private IngestResult decode(RawDocument raw, List<Warning> readWarnings) {
        Outcome<DecodedDocument> decoded = Outcome.<RawDocument>ok(raw, readWarnings).then(decoder::decode);
        if (decoded.isOk()) {
            return new IngestResult(decoded.value().id(), decoded.value().source(), decoded);
        }
        return new IngestResult(DocumentIds.of(raw), new Source(raw.uri(), null, null, raw.size()).withTransport(raw.fetch()), decoded);
    }

    private static String safeArchive(DocumentInput input) {
        try {
            return input.archive();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String safeUri(DocumentInput input) {
        try {
            String uri = input.uri();
            return uri == null ? "(unnamed input)" : uri;
        } catch (RuntimeException e) {
            return "(unnamed input: " + e + ")";
        }
    }
}
