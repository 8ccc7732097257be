package org.veille.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the heuristic data files shipped beside the classes: one entry per line, {@code #} comments. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The lines of {@link #read} lower-cased, as a set: word lists compared caselessly. */
    public static Set<String> readLowerCase(Class<?> anchor, String name) {
        Set<String> set = new HashSet<>();
        read(anchor, name).forEach(line -> set.add(line.toLowerCase(Locale.ROOT)));
        return Set.copyOf(set);
    }

    /** The non-blank, non-comment lines of a class-path resource next to {@code anchor}, stripped. */
    public static List<String> read(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return List.copyOf(lines);
    }
}
