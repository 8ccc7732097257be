package org.veille.ingest;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;
import org.veille.model.Warning;

/**
 * Decides how to decode a document's bytes, in the order a browser would: byte order mark, HTTP
 * {@code Content-Type} charset, meta prescan (then the XML declaration), and finally sniffing.
 *
 * <p>Declarations are checked against the bytes, because a wrong one is common and produces
 * mojibake, which is a bug: a page declared as a legacy encoding whose bytes are valid UTF-8 (with
 * non-ASCII characters) is decoded as UTF-8, and a page declared UTF-8 whose non-ASCII bytes are
 * never valid UTF-8 is sniffed. Both cases raise a {@code charset-mismatch} warning. An unknown
 * label raises {@code charset-unknown} and the next source is consulted.
 *
 * <p>Stateless and thread-safe.
 */
public final class CharsetDetector {

    static final String STAGE = "ingest";

    /** The detector reaches its verdict long before this on real pages; bounds the cost on huge ones. */
    private static final int DETECTOR_SAMPLE = 1024 * 1024;

    /**
     * Mostly-UTF-8 bytes with a few bad ones (a file cut mid-character, one stray Latin-1 byte) stay
     * UTF-8: this many well-formed multi-byte sequences per invalid byte are required.
     */
    private static final int VALID_PER_INVALID = 10;

    /**
     * Decides the encoding of {@code bytes}.
     *
     * @param contentType the HTTP {@code Content-Type} header, or null when there was none
     */
    public CharsetDecision detect(ByteBuffer bytes, String contentType) {
        ByteBuffer b = bytes.duplicate();
        Optional<CharsetDecision> bom = fromBom(b);
        if (bom.isPresent()) {
            return bom.get();
        }
        List<Warning> warnings = new ArrayList<>();
        Optional<String> httpLabel = CharsetParameter.extract(contentType);
        if (httpLabel.isPresent()) {
            Optional<TextEncoding> declared = EncodingLabels.lookup(httpLabel.get());
            if (declared.isPresent()) {
                return checkDeclared(b, httpLabel.get(), declared.get(), CharsetSource.HTTP, warnings);
            }
            warnings.add(unknown(httpLabel.get(), CharsetSource.HTTP));
        }
        for (String label : MetaCharsetPrescan.scanUntil(b, known -> EncodingLabels.lookup(known).isPresent())) {
            Optional<TextEncoding> declared = EncodingLabels.lookup(label);
            if (declared.isPresent()) {
                return checkDeclared(b, label, asciiCompatible(declared.get()), CharsetSource.META, warnings);
            }
            warnings.add(unknown(label, CharsetSource.META));
        }
        Optional<String> xmlLabel = XmlDeclaration.encoding(b);
        if (xmlLabel.isPresent()) {
            Optional<TextEncoding> declared = EncodingLabels.lookup(xmlLabel.get());
            if (declared.isPresent()) {
                return checkDeclared(b, xmlLabel.get(), asciiCompatible(declared.get()),
                        CharsetSource.XML_DECLARATION, warnings);
            }
            warnings.add(unknown(xmlLabel.get(), CharsetSource.XML_DECLARATION));
        }
        return sniff(b, warnings);
    }

    private static Optional<CharsetDecision> fromBom(ByteBuffer b) {
        int n = b.remaining();
        int p = b.position();
        int b0 = n > 0 ? b.get(p) & 0xff : -1;
        int b1 = n > 1 ? b.get(p + 1) & 0xff : -1;
        int b2 = n > 2 ? b.get(p + 2) & 0xff : -1;
        if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
            return Optional.of(new CharsetDecision(TextEncoding.UTF_8, CharsetSource.BOM, 3, List.of()));
        }
        if (b0 == 0xff && b1 == 0xfe) {
            return Optional.of(new CharsetDecision(TextEncoding.UTF_16LE, CharsetSource.BOM, 2, List.of()));
        }
        if (b0 == 0xfe && b1 == 0xff) {
            return Optional.of(new CharsetDecision(TextEncoding.UTF_16BE, CharsetSource.BOM, 2, List.of()));
        }
        return Optional.empty();
    }

    /**
     * A declaration read as ASCII from the bytes cannot truthfully name UTF-16, whose ASCII
     * characters would have NUL bytes; browsers read such pages as UTF-8.
     */
    private static TextEncoding asciiCompatible(TextEncoding declared) {
        return declared.isUtf16() ? TextEncoding.UTF_8 : declared;
    }

    /** Accepts a declaration unless the bytes contradict it. */
    private CharsetDecision checkDeclared(ByteBuffer b, String label, TextEncoding declared, CharsetSource source,
                                          List<Warning> warnings) {
        if (declared.isUtf16()) {
            // Only the HTTP header can say this without a BOM; nothing in the bytes to check it against.
            return new CharsetDecision(declared, source, 0, warnings);
        }
        Utf8Scan scan = Utf8Scan.of(b);
        if (declared.isUtf8()) {
            if (scan.invalid() > scan.multibyte()) {
                // More garbage than characters: the declaration is wrong, not the odd byte.
                CharsetDecision sniffed = sniffLegacy(b, new ArrayList<>());
                warnings.add(new Warning(STAGE, "charset-mismatch", "declared " + quoted(label, declared)
                        + " in " + source.description() + " but the bytes are not UTF-8 (" + scan.invalid()
                        + " invalid bytes, " + scan.multibyte() + " valid multi-byte characters); decoded as "
                        + sniffed.encoding().name() + " by sniffing"));
                return new CharsetDecision(sniffed.encoding(), CharsetSource.SNIFFED, 0, warnings);
            }
            if (scan.invalid() > 0) {
                warnings.add(invalidUtf8(scan));
            }
            return new CharsetDecision(declared, source, 0, warnings);
        }
        if (scan.isValidWithMultibyte()) {
            warnings.add(new Warning(STAGE, "charset-mismatch", "declared " + quoted(label, declared) + " in "
                    + source.description() + " but the bytes are valid UTF-8 (" + scan.multibyte()
                    + " multi-byte characters); decoded as utf-8"));
            return new CharsetDecision(TextEncoding.UTF_8, CharsetSource.SNIFFED, 0, warnings);
        }
        return new CharsetDecision(declared, source, 0, warnings);
    }

    /** No usable declaration: UTF-8 if the bytes are UTF-8, else the detector's answer, else windows-1252. */
    private CharsetDecision sniff(ByteBuffer b, List<Warning> warnings) {
        Utf8Scan scan = Utf8Scan.of(b);
        if (scan.invalid() == 0) {
            // Pure ASCII is reported as UTF-8: both decode it identically, and UTF-8 is what
            // today's tools write, so later edits of the same file stay consistent.
            return new CharsetDecision(TextEncoding.UTF_8, CharsetSource.SNIFFED, 0, warnings);
        }
        if (scan.multibyte() >= VALID_PER_INVALID * scan.invalid()) {
            warnings.add(invalidUtf8(scan));
            return new CharsetDecision(TextEncoding.UTF_8, CharsetSource.SNIFFED, 0, warnings);
        }
        return sniffLegacy(b, warnings);
    }

    /** The bytes are not UTF-8: asks the universal detector, refines its single-byte answers. */
    private CharsetDecision sniffLegacy(ByteBuffer b, List<Warning> warnings) {
        Optional<TextEncoding> detected = runDetector(b)
                .flatMap(EncodingLabels::lookupLeniently)
                .filter(e -> !e.isUtf8() && !e.isUtf16());
        TextEncoding guess = SingleByteDisambiguator.refine(detected.orElse(TextEncoding.WINDOWS_1252), b);
        CharsetSource source = detected.isPresent() || !guess.equals(TextEncoding.WINDOWS_1252)
                ? CharsetSource.SNIFFED : CharsetSource.DEFAULT;
        warnings.add(new Warning(STAGE, "charset-guessed", "no usable charset declaration; decoded as "
                + guess.name() + " from " + source.description()));
        return new CharsetDecision(guess, source, 0, warnings);
    }

    private static Optional<String> runDetector(ByteBuffer b) {
        UniversalDetector detector = new UniversalDetector();
        byte[] chunk = new byte[8192];
        ByteBuffer view = b.duplicate();
        int budget = DETECTOR_SAMPLE;
        while (view.hasRemaining() && budget > 0 && !detector.isDone()) {
            int n = Math.min(Math.min(chunk.length, view.remaining()), budget);
            view.get(chunk, 0, n);
            detector.handleData(chunk, 0, n);
            budget -= n;
        }
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset());
    }

    private static Warning unknown(String label, CharsetSource source) {
        return new Warning(STAGE, "charset-unknown", "ignored unknown charset '" + label + "' declared in "
                + source.description());
    }

    private static Warning invalidUtf8(Utf8Scan scan) {
        return new Warning(STAGE, "invalid-utf-8", scan.invalid() + " bytes are not valid UTF-8 and were decoded"
                + " as U+FFFD replacement characters");
    }

    private static String quoted(String label, TextEncoding encoding) {
        return label.equalsIgnoreCase(encoding.name()) ? encoding.name() : "'" + label + "' (" + encoding.name() + ")";
    }
}
