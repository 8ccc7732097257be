package org.veille.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds {@code shared/eval/extraction} for tests that read the real sets: the surefire property first, then
 * {@code ../shared} and {@code ../../shared} from the working directory. Tests skip, not fail, without it,
 * because the data is not part of the repository.
 */
final class SharedEvalData {

    private SharedEvalData() {
    }

    static Optional<Path> extractionDir() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("veille.shared");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("..", "shared"));
        candidates.add(Path.of("..", "..", "shared"));
        return candidates.stream().map(p -> p.resolve("eval").resolve("extraction"))
                .filter(Files::isDirectory).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    /** The set's folder, or the calling test is skipped. */
    static Path set(String name) {
        Optional<Path> dir = extractionDir().map(d -> d.resolve(name)).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "shared/eval/extraction/" + name + " not found; skipping");
        return dir.get();
    }
}
