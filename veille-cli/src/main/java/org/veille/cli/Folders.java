package org.veille.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The bench commands' temporary folders (indexes, archives, a browser profile), removed when done with. */
final class Folders {
    private Folders() {
    }

    /** Removes {@code dir} and everything in it, deepest first. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * As {@link #delete}, saying on stderr what could not be removed rather than failing: a folder left
     * in the temporary directory is untidy, and the measurement it served still stands.
     */
    static void deleteQuietly(Path dir) {
        try {
            delete(dir);
        } catch (IOException e) {
            System.err.println("veille: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
