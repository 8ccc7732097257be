package org.veille.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code truth/} and {@code html/} layout every extraction set shares: {@code truth/<id>.json} beside
 * {@code html/<id>.html.gz}.
 */
final class TruthFolder {
    private static final String TRUTH_SUFFIX = ".json";

    // Python's json module wrote these files, and it writes NaN for missing floats.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Every truth file of the set, in id order; fails when a page's html is missing. */
    List<TruthJson> readAll(Path setDir) throws IOException {
        List<TruthJson> all = new ArrayList<>();
        for (Path file : truthFiles(setDir)) {
            TruthJson truth = read(file);
            if (!Files.isRegularFile(html(setDir, truth.id()))) {
                throw new IOException("truth " + file + " has no page " + html(setDir, truth.id()));
            }
            all.add(truth);
        }
        return all;
    }

    /** The first truth file, to recognise a set by its keys; empty when there is none. */
    Optional<TruthJson> sample(Path setDir) throws IOException {
        List<Path> files = truthFiles(setDir);
        return files.isEmpty() ? Optional.empty() : Optional.of(read(files.get(0)));
    }

    static Path html(Path setDir, String id) {
        return setDir.resolve("html").resolve(id + ".html.gz");
    }

    static boolean looksLikeSet(Path dir) {
        return Files.isDirectory(dir.resolve("truth")) && Files.isDirectory(dir.resolve("html"));
    }

    private TruthJson read(Path file) throws IOException {
        JsonNode node = mapper.readTree(file.toFile());
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON object: " + file);
        }
        String name = file.getFileName().toString();
        return new TruthJson(name.substring(0, name.length() - TRUTH_SUFFIX.length()), node);
    }

    private static List<Path> truthFiles(Path setDir) throws IOException {
        try (Stream<Path> files = Files.list(setDir.resolve("truth"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(TRUTH_SUFFIX)).sorted().toList();
        }
    }
}
