package org.veille.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CoNLL-style files of {@code shared/eval/ner} ({@code index TAB token TAB IOB2-tag}, a blank
 * line between sentences), as CoNLL-2003 and WikiNEuRal ship them.
 */
public final class ConllReader {
    private ConllReader() {
    }

    public static List<TaggedSentence> read(Path file) {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(new TaggedSentence(tokens, tags));
                        tokens = new ArrayList<>();
                        tags = new ArrayList<>();
                    }
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 3) {
                    throw new IllegalStateException(file + ": expected index, token and tag: " + line);
                }
                tokens.add(fields[1]);
                tags.add(fields[fields.length - 1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new TaggedSentence(tokens, tags));
        }
        return sentences;
    }
}
