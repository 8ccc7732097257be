package org.veille.analyse.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds a folder of the shared evaluation data ({@code shared/eval/...}): the surefire property first,
 * then beside the repository from a module's working directory; the calling test is skipped when it is absent, since the data is not
 * part of the repository.
 */
final class SharedData {
    private SharedData() {
    }

    static Path eval(String relative) {
        List<Path> roots = new java.util.ArrayList<>();
        String property = System.getProperty("veille.shared");
        if (property != null && !property.isBlank()) {
            roots.add(Path.of(property));
        }
        roots.add(Path.of("..", "shared"));
        roots.add(Path.of("..", "..", "shared"));
        for (Path root : roots) {
            Path p = root.resolve("eval").resolve(relative);
            if (Files.exists(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "shared/eval/" + relative + " not found; skipping");
        throw new AssertionError("unreachable");
    }
}
