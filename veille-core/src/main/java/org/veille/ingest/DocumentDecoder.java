package org.veille.ingest;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

import org.veille.model.ArticleError;
import org.veille.model.DecodedDocument;
import org.veille.model.ErrorKind;
import org.veille.model.FetchMetadata;
import org.veille.model.RawDocument;
import org.veille.model.Source;
import org.veille.model.SourceFormat;
import org.veille.pipeline.Outcome;

/**
 * Turns raw bytes into text: size cap, emptiness, binary rejection, charset, decoding, format.
 *
 * <p>The checks run cheapest and most certain first, so that a 40 MB video fails as too large
 * without being scanned, and a PNG fails as binary without a charset guess. Malformed bytes are
 * decoded as U+FFFD, as browsers do, rather than failing the document.
 *
 * <p>{@link #decode} never throws: a bug surfacing on one document becomes an {@code INTERNAL}
 * failure naming the exception, and the batch goes on. Stateless and thread-safe.
 */
public final class DocumentDecoder {

    private final IngestSettings settings;
    private final CharsetDetector charsets = new CharsetDetector();

    public DocumentDecoder(IngestSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Outcome<DecodedDocument> decode(RawDocument raw) {
        Objects.requireNonNull(raw, "raw");
        try {
            return decodeChecked(raw);
        } catch (RuntimeException e) {
            return Outcome.failed(ErrorKind.INTERNAL, "decoding " + raw.uri() + " failed: " + e);
        }
    }

    private Outcome<DecodedDocument> decodeChecked(RawDocument raw) {
        long size = raw.size();
        if (size > settings.maxBytes()) {
            return Outcome.failed(ErrorKind.TOO_LARGE, raw.uri() + " is " + ByteSizes.describe(size) + ", over the "
                    + ByteSizes.describe(settings.maxBytes()) + " cap");
        }
        if (size == 0) {
            return Outcome.failed(ErrorKind.EMPTY, raw.uri() + " is empty (0 bytes)");
        }
        // One copy into an array-backed buffer: the JDK decoders and scans take their fast array paths
        // only on buffers that expose an array, which the record's read-only view does not.
        ByteBuffer bytes = ByteBuffer.wrap(raw.toByteArray());
        Optional<String> binary = BinarySniffer.sniff(bytes);
        if (binary.isPresent()) {
            return Outcome.failed(ErrorKind.BINARY, "not a text document: " + binary.get());
        }
        FetchMetadata fetch = raw.fetch();
        CharsetDecision decision = charsets.detect(bytes, fetch == null ? null : fetch.contentType());
        String text = stripLeadingBom(decodeText(bytes, decision));
        if (text.isBlank()) {
            return Outcome.failed(new ArticleError(ErrorKind.EMPTY, raw.uri()
                    + " contains only whitespace (" + ByteSizes.describe(size) + ")"), decision.warnings());
        }
        SourceFormat format = FormatDetector.detect(text);
        Source source = new Source(raw.uri(), format, decision.encoding().name(), size).withTransport(fetch);
        return Outcome.ok(new DecodedDocument(DocumentIds.of(bytes), source, text, urlHint(raw), decision.warnings(),
                fetch == null ? null : fetch.feedItem()));
    }

    /**
     * Decodes through the {@code String} constructor: it replaces malformed input with U+FFFD exactly
     * as a REPLACE decoder does, and for UTF-8 and Latin-1 it takes the JDK's vectorised paths and
     * stores Latin-1 text compactly, several times faster than a {@code CharsetDecoder} into a
     * {@code CharBuffer} followed by a copy into a string. Well-formed UTF-8, most of the web, goes
     * through {@link Utf8Decoder}, faster still.
     */
    private static String decodeText(ByteBuffer bytes, CharsetDecision decision) {
        int start = bytes.arrayOffset() + bytes.position() + decision.bomLength();
        int length = Math.max(0, bytes.remaining() - decision.bomLength());
        if (decision.encoding().isUtf8()) {
            String text = Utf8Decoder.decodeWellFormed(bytes.array(), start, length);
            if (text != null) {
                return text;
            }
        }
        return new String(bytes.array(), start, length, decision.encoding().charset());
    }

    /** A BOM left in the text (a second one, or one under a declared charset) is not content. */
    private static String stripLeadingBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The fetched URL after redirects, else the URI when it is a URL; extractors take it as a hint. */
    static String urlHint(RawDocument raw) {
        FetchMetadata fetch = raw.fetch();
        if (fetch != null && fetch.finalUrl() != null && !fetch.finalUrl().isBlank()) {
            return fetch.finalUrl();
        }
        return UrlListDetector.isHttpUrl(raw.uri()) ? raw.uri() : null;
    }
}
