package org.veille.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Copies the test pages under {@code src/test/resources/pages} into a test's own folder. */
final class Fixtures {
    /** An English news article with metadata in its markup. */
    static final String EN_ARTICLE = "en-library.html";
    /** A short English article, markup without metadata. */
    static final String EN_NOTE = "en-short-note.html";
    /** A French plain-text page dump (breadcrumb, repeated headline, bare "par" byline). */
    static final String FR_DUMP = "fr-marche.txt";

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource pages/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes(name));
        return target;
    }

    static Path copyGzipped(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(bytes(name));
        }
        return target;
    }
}
