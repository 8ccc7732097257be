package org.veille.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.veille.model.ErrorKind;
import org.veille.model.RawDocument;
import org.veille.pipeline.Outcome;

/**
 * A local file, read when asked. Gzip is undone (by signature, or because the name ends in
 * {@code .gz}); the size cap is checked on the file size first, then while reading, so neither a
 * huge file nor a gzip bomb is ever held whole.
 *
 * @param uri      the name the user knows the file by (as given, or under the walked folder)
 * @param path     where to read it
 * @param settings the size cap
 */
record FileInput(String uri, Path path, IngestSettings settings) implements DocumentInput {
    FileInput {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Outcome<RawDocument> read() {
        long cap = settings.maxBytes();
        boolean gzipName = hasGzipName(path);
        try {
            if (Files.isRegularFile(path)) {
                long size = Files.size(path);
                if (size > cap) {
                    return Outcome.failed(ErrorKind.TOO_LARGE, uri + " is " + ByteSizes.describe(size)
                            + ", over the " + ByteSizes.describe(cap) + " cap");
                }
            }
            byte[] bytes;
            boolean decompressed;
            try (InputStream raw = Files.newInputStream(path);
                 InputStream in = GzipSupport.maybeDecompress(raw, gzipName)) {
                decompressed = GzipSupport.isDecompressing(in);
                bytes = BoundedReader.readUpTo(in, cap);
            }
            if (bytes.length > cap) {
                return Outcome.failed(ErrorKind.TOO_LARGE, uri + (decompressed ? " decompresses to" : " is")
                        + " more than the " + ByteSizes.describe(cap) + " cap");
            }
            return Outcome.ok(new RawDocument(uri, ByteBuffer.wrap(bytes), null));
        } catch (IOException e) {
            if (GzipSupport.isCorruption(e)) {
                return Outcome.failed(ErrorKind.UNREADABLE, GzipSupport.describeCorruption(e) + " in " + uri);
            }
            return Outcome.failed(ErrorKind.UNREADABLE, FileFailures.describe(uri, e));
        }
    }

    static boolean hasGzipName(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
