package org.veille.analyse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds a folder of the shared evaluation data ({@code shared/eval/...}): the surefire property first,
 * then beside the repository from a module's working directory; the calling test is skipped when it is absent, since the data is not
 * part of the repository.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path eval(String relative) {
        return shared("eval/" + relative);
    }

    /** A file or folder of {@code shared/}, or the calling test is skipped. */
    public static Path shared(String relative) {
        List<Path> roots = new java.util.ArrayList<>();
        String property = System.getProperty("veille.shared");
        if (property != null && !property.isBlank()) {
            roots.add(Path.of(property));
        }
        roots.add(Path.of("..", "shared"));
        roots.add(Path.of("..", "..", "shared"));
        for (Path root : roots) {
            Path p = root.resolve(relative);
            if (Files.exists(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "shared/" + relative + " not found; skipping");
        throw new AssertionError("unreachable");
    }
}
