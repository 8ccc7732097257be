package org.veille.analyse.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds a folder of the shared evaluation data ({@code shared/eval/...}) beside the repository, from a
 * module's working directory; the calling test is skipped when it is absent, since the data is not
 * part of the repository.
 */
final class SharedData {
    private SharedData() {
    }

    static Path eval(String relative) {
        for (Path root : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))) {
            Path p = root.resolve("eval").resolve(relative);
            if (Files.exists(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "shared/eval/" + relative + " not found; skipping");
        throw new AssertionError("unreachable");
    }
}
