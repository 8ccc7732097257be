package org.veille.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises bytes that are not text, so that an image or a PDF fails with a clear message instead
 * of producing an "article" of mojibake.
 *
 * <p>Two tests, in order: known file signatures (which name the type), then the share of control
 * bytes at the start, as {@code git} and the WHATWG MIME sniffer do. Text with a UTF-16 byte order
 * mark is text even though half its bytes are NUL.
 */
public final class BinarySniffer {

    /** How far the control-byte test looks: enough to be representative, cheap on huge files. */
    static final int SAMPLE = 8 * 1024;

    /** Above this share of control bytes, the sample is not text in any encoding browsers decode. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /** Bytes expected at an offset. */
    private record Part(int offset, byte[] magic) {
        boolean matches(ByteBuffer b) {
            int start = b.position() + offset;
            if (b.limit() - start < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (b.get(start + i) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A file type known by one or two magic byte runs, all of which must match. */
    private record Signature(String name, List<Part> parts) {
        boolean matches(ByteBuffer b) {
            return parts.stream().allMatch(part -> part.matches(b));
        }

        /** Adds a second run, for formats whose first bytes alone are too weak (RIFF containers). */
        Signature and(int offset, String magic) {
            List<Part> all = new ArrayList<>(parts);
            all.add(new Part(offset, magic.getBytes(StandardCharsets.ISO_8859_1)));
            return new Signature(name, List.copyOf(all));
        }
    }

    // Weak runs are paired with a second one or a NUL, so that text opening with "ID3" or "OTTO" stays text.
    private static final List<Signature> SIGNATURES = List.of(
            sig("PNG image", 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a),
            sig("JPEG image", 0, 0xff, 0xd8, 0xff),
            ascii("GIF image", 0, "GIF87a"),
            ascii("GIF image", 0, "GIF89a"),
            ascii("WebP image", 0, "RIFF").and(8, "WEBP"),
            sig("TIFF image", 0, 'I', 'I', 0x2a, 0x00),
            sig("TIFF image", 0, 'M', 'M', 0x00, 0x2a),
            sig("ICO image", 0, 0x00, 0x00, 0x01, 0x00),
            ascii("AVIF image", 4, "ftypavif"),
            ascii("HEIF image", 4, "ftypheic"),
            ascii("PDF document", 0, "%PDF-"),
            sig("ZIP archive (or DOCX/XLSX/EPUB/JAR)", 0, 'P', 'K', 0x03, 0x04),
            sig("ZIP archive (empty)", 0, 'P', 'K', 0x05, 0x06),
            sig("ZIP archive (spanned)", 0, 'P', 'K', 0x07, 0x08),
            sig("gzip data that was not decompressed", 0, 0x1f, 0x8b),
            ascii("bzip2 archive", 0, "BZh").and(4, "1AY&SY"),
            sig("xz archive", 0, 0xfd, '7', 'z', 'X', 'Z', 0x00),
            sig("7-Zip archive", 0, '7', 'z', 0xbc, 0xaf, 0x27, 0x1c),
            ascii("RAR archive", 0, "Rar!\u001a\u0007"),
            sig("Zstandard data", 0, 0x28, 0xb5, 0x2f, 0xfd),
            sig("OLE2 document (DOC/XLS/PPT)", 0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
            ascii("SQLite database", 0, "SQLite format 3\u0000"),
            sig("ELF executable", 0, 0x7f, 'E', 'L', 'F'),
            sig("Java class file", 0, 0xca, 0xfe, 0xba, 0xbe),
            sig("WebAssembly module", 0, 0x00, 'a', 's', 'm'),
            ascii("WOFF font", 0, "wOFF"),
            ascii("WOFF2 font", 0, "wOF2"),
            sig("TrueType font", 0, 0x00, 0x01, 0x00, 0x00, 0x00),
            ascii("OpenType font", 0, "OTTO\u0000"),
            ascii("MP3 audio", 0, "ID3\u0003\u0000"),
            ascii("MP3 audio", 0, "ID3\u0004\u0000"),
            ascii("Ogg media", 0, "OggS\u0000"),
            ascii("FLAC audio", 0, "fLaC\u0000"),
            ascii("WAVE audio", 0, "RIFF").and(8, "WAVE"),
            ascii("AVI video", 0, "RIFF").and(8, "AVI "),
            ascii("MP4/QuickTime video", 4, "ftyp"),
            sig("Matroska/WebM video", 0, 0x1a, 0x45, 0xdf, 0xa3));

    private BinarySniffer() {
    }

    /**
     * Why the bytes are not text ({@code "PNG image signature"}, {@code "NUL bytes (first at offset
     * 12)"}), or empty when they may be text.
     */
    public static Optional<String> sniff(ByteBuffer bytes) {
        ByteBuffer b = bytes.duplicate();
        if (startsWithUtf16Bom(b)) {
            return Optional.empty();
        }
        for (Signature signature : SIGNATURES) {
            if (signature.matches(b)) {
                return Optional.of(signature.name() + " signature");
            }
        }
        int start = b.position();
        int end = Math.min(b.limit(), start + SAMPLE);
        int controls = 0;
        for (int i = start; i < end; i++) {
            int c = b.get(i) & 0xff;
            if (c == 0) {
                return Optional.of("NUL bytes (first at offset " + (i - start) + ")");
            }
            if (isBinaryControl(c)) {
                controls++;
            }
        }
        int sampled = end - start;
        if (sampled > 0 && controls > MAX_CONTROL_SHARE * sampled) {
            return Optional.of(String.format(Locale.ROOT,
                    "%d control bytes in the first %d (%.0f%%)", controls, sampled, 100.0 * controls / sampled));
        }
        return Optional.empty();
    }

    /**
     * C0 controls that text does not use. Tab, line feed, form feed, carriage return are text;
     * ESC is too (ISO-2022-JP shifts with it), and SUB ends old DOS text files.
     */
    private static boolean isBinaryControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b && c != 0x1a;
    }

    private static boolean startsWithUtf16Bom(ByteBuffer b) {
        if (b.remaining() < 2) {
            return false;
        }
        int first = b.get(b.position()) & 0xff;
        int second = b.get(b.position() + 1) & 0xff;
        return (first == 0xff && second == 0xfe) || (first == 0xfe && second == 0xff);
    }

    private static Signature sig(String name, int offset, int... magic) {
        byte[] bytes = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            bytes[i] = (byte) magic[i];
        }
        return new Signature(name, List.of(new Part(offset, bytes)));
    }

    private static Signature ascii(String name, int offset, String magic) {
        return new Signature(name, List.of(new Part(offset, magic.getBytes(StandardCharsets.ISO_8859_1))));
    }
}
