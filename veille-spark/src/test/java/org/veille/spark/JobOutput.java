package org.veille.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.veille.spark.output.ArticleSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads a finished job's output back, the way a user would, for comparison with the CLI's records. */
final class JobOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JobOutput() {
    }

    static Dataset<Row> table(SparkSession spark, Path out, String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    /** The article table's rows as JSON trees, in the contract's field order, without the job's own column. */
    static List<JsonNode> parquetArticles(SparkSession spark, Path out) {
        Dataset<Row> articles = table(spark, out, "articles");
        Column[] ordered = Arrays.stream(ArticleSchema.articles().fieldNames()).map(functions::col).toArray(Column[]::new);
        List<JsonNode> records = new ArrayList<>();
        for (String json : articles.select(ordered).toJSON().collectAsList()) {
            ObjectNode node = (ObjectNode) parse(json);
            node.remove(ArticleSchema.INPUT_FILE);
            records.add(node);
        }
        return records;
    }

    /** Every line of {@code out/articles/*.jsonl}. */
    static List<String> jsonLines(Path out) {
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records keyed by their source URI, for comparisons that do not depend on output order. */
    static Map<String, JsonNode> bySource(List<JsonNode> records) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (JsonNode record : records) {
            String key = record.path("source").path("uri").asText() + "#" + record.path("source").path("archive").asText();
            if (map.put(key, record) != null) {
                throw new AssertionError("two records for " + key);
            }
        }
        return map;
    }

    static List<JsonNode> parseAll(List<String> lines) {
        return lines.stream().map(JobOutput::parse).toList();
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode summary(Path out) {
        try {
            return MAPPER.readTree(out.resolve("_summary.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
