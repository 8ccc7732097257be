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
public final class SharedEvalData {

    private SharedEvalData() {
    }

    static Optional<Path> extractionDir() {
        return evalDir("extraction");
    }

    private static Optional<Path> evalDir(String part) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("veille.shared");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("..", "shared"));
        candidates.add(Path.of("..", "..", "shared"));
        return candidates.stream().map(p -> p.resolve("eval").resolve(part))
                .filter(Files::isDirectory).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    /** A quotation set's folder ({@code shared/eval/quotes/<name>}), or the calling test is skipped. */
    public static Path quoteSet(String name) {
        Optional<Path> dir = evalDir("quotes").map(d -> d.resolve(name)).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "shared/eval/quotes/" + name + " not found; skipping");
        return dir.get();
    }

    /** The set's folder, or the calling test is skipped. */
    static Path set(String name) {
        Optional<Path> dir = extractionDir().map(d -> d.resolve(name)).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "shared/eval/extraction/" + name + " not found; skipping");
        return dir.get();
    }
}
