package org.veille.spark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.Source;
import org.veille.output.ArticleJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Spark schema against the JSON contract: the full example record of docs/output-format.md is the
 * reference, so a field added to the contract and forgotten here (or the reverse) fails this test.
 */
class ArticleSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The example record in docs/output-format.md: every field of the contract, analysis included. */
    private static JsonNode contractExample() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "output-format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        return MAPPER.readTree(doc.substring(start, doc.indexOf("```", start)));
    }

    @Test
    void theSchemaHasEveryFieldOfTheContractAndNothingElseButTheInputFile() throws IOException {
        Map<String, String> contract = new TreeMap<>();
        shapes("", contractExample(), contract);
        // The example is an article, whose error is null: the error object's shape comes from an error record.
        JsonNode error = MAPPER.readTree(new ArticleJson().toJson(ArticleRecord.failed("0123456789abcdef",
                new Source("/in/x.html", null, null, -1), new ArticleError(ErrorKind.EMPTY, "x.html is empty"), java.util.List.of())));
        contract.put("error", "struct");
        shapes("error.", error.get("error"), contract);
        Map<String, String> schema = new TreeMap<>();
        shapes("", ArticleSchema.articles(), schema);
        schema.remove(ArticleSchema.INPUT_FILE);
        assertEquals(contract, schema);
    }

    @Test
    void theColumnsComeInTheContractsOrder() throws IOException {
        Iterator<String> json = contractExample().fieldNames();
        for (String column : ArticleSchema.articles().fieldNames()) {
            if (!column.equals(ArticleSchema.INPUT_FILE)) {
                assertEquals(json.next(), column);
            }
        }
    }

    @Test
    void aRowHoldsTheSameValuesAsTheRecordsJson() throws IOException {
        ArticleJson json = new ArticleJson();
        ArticleRecord record = json.read(contractExample().toString());
        Row row = ArticleSchema.toRow(new FileRecord("s3a://cc/x.warc.gz", record));
        JsonNode expected = MAPPER.readTree(json.toJson(record));
        for (StructField field : ArticleSchema.articles().fields()) {
            if (!field.name().equals(ArticleSchema.INPUT_FILE)) {
                // As text: Jackson's number nodes of different widths (int, long) are never equal as nodes.
                assertEquals(expected.get(field.name()).toString(), toJson(row.getAs(field.name())).toString(), field.name());
            }
        }
        assertEquals("s3a://cc/x.warc.gz", row.getAs(ArticleSchema.INPUT_FILE));
    }

    @Test
    void anErrorRowHasItsErrorAndTheContractsEmptyLayers() {
        ArticleRecord failed = ArticleRecord.failed("0123456789abcdef", new Source("/in/x.html", null, null, -1),
                new ArticleError(ErrorKind.BINARY, "x.html holds PNG image data"), java.util.List.of());
        Row row = ArticleSchema.toRow(new FileRecord("/in/x.html", failed));
        Row error = row.getAs("error");
        assertEquals("binary", error.getAs("kind"));
        assertNull(row.getAs("title"));
        assertNull(row.getAs("entities"), "no analysis: null, as in the JSON");
        assertTrue(((scala.collection.Seq<?>) row.getAs("authors")).isEmpty(), "lists are empty, as in the JSON");
    }

    /** Each field path with its shape: string, number, boolean, struct, array of X. */
    private static void shapes(String prefix, JsonNode node, Map<String, String> out) {
        node.properties().forEach(e -> {
            String path = prefix + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                out.put(path, "struct");
                shapes(path + ".", value, out);
            } else if (value.isArray()) {
                JsonNode first = value.get(0);
                if (first != null && first.isObject()) {
                    out.put(path, "array of struct");
                    shapes(path + "[].", first, out);
                } else {
                    out.put(path, "array of string");
                }
            } else if (value.isNumber()) {
                out.put(path, "number");
            } else if (value.isBoolean()) {
                out.put(path, "boolean");
            } else {
                out.put(path, "string"); // null in the example only where the field is a string (error, fetched…)
            }
        });
    }

    private static void shapes(String prefix, StructType struct, Map<String, String> out) {
        for (StructField field : struct.fields()) {
            String path = prefix + field.name();
            DataType type = field.dataType();
            if (type instanceof StructType nested) {
                out.put(path, "struct");
                shapes(path + ".", nested, out);
            } else if (type instanceof ArrayType array) {
                if (array.elementType() instanceof StructType element) {
                    out.put(path, "array of struct");
                    shapes(path + "[].", element, out);
                } else {
                    out.put(path, "array of string");
                }
            } else if (type.equals(DataTypes.BooleanType)) {
                out.put(path, "boolean");
            } else if (type.equals(DataTypes.StringType)) {
                out.put(path, "string");
            } else {
                out.put(path, "number");
            }
        }
    }

    /** A row value as the JSON writer would write it. */
    private static JsonNode toJson(Object value) {
        if (value instanceof Row row) {
            com.fasterxml.jackson.databind.node.ObjectNode node = MAPPER.createObjectNode();
            for (StructField field : row.schema().fields()) {
                node.set(field.name(), toJson(row.getAs(field.name())));
            }
            return node;
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            com.fasterxml.jackson.databind.node.ArrayNode array = MAPPER.createArrayNode();
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(item -> array.add(toJson(item)));
            return array;
        }
        return MAPPER.valueToTree(value);
    }
}
