package org.veille.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Tells web archives apart from pages: by name ({@code .warc}, {@code .warc.gz}), or by content, a
 * file whose bytes (gzip undone) start with {@code WARC/}, whatever it is called. A file named like
 * an archive is read as one even when it is not, so that the user hears it is not.
 */
public final class ArchiveDetector {
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private ArchiveDetector() {
    }

    /** True when {@code path} is named or made like a web archive; false when it cannot be read. */
    public static boolean isArchive(Path path) {
        return hasArchiveName(path) || startsLikeArchive(path);
    }

    public static boolean hasArchiveName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    private static boolean startsLikeArchive(Path path) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 512)) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw, 512) : raw;
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
