package org.veille.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code scrapinghub-aeb/tool-outputs/*.json}. The files come in two shapes: 26 are
 * {@code {"output": {id: {"articleBody": ...}}, "version": "..."}}, the 6 from the original benchmark
 * (AutoExtract, Diffbot, boilerpipe, dragnet, news_please, newspaper) are the bare {@code {id: {...}}} map,
 * sometimes with a "url" beside the articleBody. A page id is a 64-hex digest, so a top-level "output"
 * key can only mean the wrapped shape.
 */
public final class AebToolOutputs {
    private final ObjectMapper mapper = new ObjectMapper();

    /** All outputs in the folder, ordered by tool name. */
    public List<ToolOutput> readAll(Path toolOutputsDir) throws IOException {
        List<ToolOutput> outputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(toolOutputsDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                outputs.add(read(file));
            }
        }
        return outputs;
    }

    public ToolOutput read(Path file) throws IOException {
        JsonNode root = mapper.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object: " + file);
        }
        JsonNode output = root.get("output");
        boolean wrapped = output != null && output.isObject();
        JsonNode pages = wrapped ? output : root;
        JsonNode version = wrapped ? root.get("version") : null;
        Map<String, String> bodies = new HashMap<>();
        for (Map.Entry<String, JsonNode> page : pages.properties()) {
            JsonNode body = page.getValue().get("articleBody");
            bodies.put(page.getKey(), body != null && body.isTextual() ? body.asText() : "");
        }
        String name = file.getFileName().toString();
        return new ToolOutput(name.substring(0, name.length() - ".json".length()),
                version != null && version.isTextual() ? version.asText() : null, bodies);
    }
}
