package org.veille.eval;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AebToolOutputsTest {
    private final AebToolOutputs reader = new AebToolOutputs();

    @Test
    void reads_the_wrapped_shape_with_its_version(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tool_a.json");
        Files.writeString(file, "{\"output\":{\"p1\":{\"articleBody\":\"Text one\"}},\"version\":\"2.0.0\"}");
        assertEquals(new ToolOutput("tool_a", "2.0.0", Map.of("p1", "Text one")), reader.read(file));
    }

    @Test
    void reads_the_bare_shape_and_ignores_extra_keys(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("Diffbot.json");
        Files.writeString(file, "{\"p1\":{\"url\":\"u\",\"articleBody\":\"Text\"},\"p2\":{\"articleBody\":null}}");
        ToolOutput out = reader.read(file);
        assertNull(out.version());
        assertEquals(Map.of("p1", "Text", "p2", ""), out.bodies(), "a null articleBody is an empty prediction");
    }

    @Test
    void reads_a_folder_in_tool_name_order(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("b.json"), "{}");
        Files.writeString(tmp.resolve("a.json"), "{\"output\":{},\"version\":\"1\"}");
        Files.writeString(tmp.resolve("notes.txt"), "not an output");
        assertEquals(List.of("a", "b"), reader.readAll(tmp).stream().map(ToolOutput::name).toList());
    }

    @Test
    void reads_the_shipped_trafilatura_output_with_its_version() throws IOException {
        Path dir = ScrapinghubAebReader.toolOutputs(SharedEvalData.set(ScrapinghubAebReader.NAME));
        ToolOutput out = reader.read(dir.resolve("trafilatura.json"));
        assertEquals("2.0.0", out.version());
        assertEquals(181, out.bodies().size());
    }
}
