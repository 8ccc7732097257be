package org.veille.eval.clusters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.veille.eval.quotes.FrNewsQuoteSet;
import org.veille.eval.quotes.GoldArticle;

/**
 * Reads the clustering gold of a French news quotation set ({@code quotes/fr-news-dev}): the articles
 * and quotes as {@link FrNewsQuoteSet} reads them, plus each record's {@code entities} list, the
 * persons and organisations the article quotes.
 */
public final class FrNewsEntitySet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FrNewsEntitySet() {
    }

    /** Whether a folder holds such a set: a {@code gold.jsonl} (CoNLL sets hold a {@code test.conllu}). */
    public static boolean recognises(Path folder) {
        return Files.isRegularFile(folder.resolve("gold.jsonl"));
    }

    public static List<ClusterArticle> read(Path folder) {
        Map<String, List<String>> names = entityNames(folder.resolve("gold.jsonl"));
        List<ClusterArticle> articles = new ArrayList<>();
        for (GoldArticle a : FrNewsQuoteSet.read(folder)) {
            articles.add(ClusterArticle.of(a, names.getOrDefault(a.id(), List.of())));
        }
        return articles;
    }

    /** Each record's id and {@code entities}. */
    private static Map<String, List<String>> entityNames(Path gold) {
        Map<String, List<String>> names = new HashMap<>();
        try {
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                List<String> entities = new ArrayList<>();
                node.path("entities").forEach(e -> entities.add(e.asText()));
                names.put(node.path("id").asText(), entities);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        return names;
    }
}
