package org.veille.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.ErrorKind;
import org.veille.model.Extraction;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.PageType;
import org.veille.model.ParagraphLanguage;
import org.veille.model.Source;
import org.veille.model.SourceFormat;
import org.veille.model.Warning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code veille.article/1} JSON form of an {@link ArticleRecord}: the public output contract,
 * documented in {@code docs/output-format.md}. Fields are written in a fixed order, every field on
 * every record (null or empty when absent), so consumers never guess. Thread-safe.
 */
public final class ArticleJson {
    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper();

    /** One record as a single line of JSON, without the trailing newline. */
    public String toJson(ArticleRecord record) {
        java.io.StringWriter out = new java.io.StringWriter(4096);
        write(record, out);
        return out.toString();
    }

    public void write(ArticleRecord record, Writer out) {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeRecord(record, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecord(ArticleRecord record, JsonGenerator json) throws IOException {
        Extraction article = record.extraction();
        LanguageProfile language = record.language();
        json.writeStartObject();
        json.writeStringField("schema", ArticleRecord.SCHEMA);
        json.writeStringField("id", record.id());
        writeSource(record.source(), json);
        json.writeStringField("url", article == null ? null : article.url());
        json.writeStringField("site", article == null ? null : article.site());
        json.writeStringField("language", language == null ? null : language.language());
        json.writeStringField("pageType", article == null ? null : article.pageType().wireName());
        json.writeStringField("title", article == null ? null : article.title());
        json.writeStringField("section", article == null ? null : article.section());
        writeStrings("authors", article == null ? List.of() : article.authors(), json);
        json.writeStringField("published", article == null ? null : article.published());
        writeStrings("paragraphs", article == null ? List.of() : article.paragraphs(), json);
        writeStrings("captions", article == null ? List.of() : article.captions(), json);
        json.writeStringField("text", article == null ? null : article.text());
        json.writeArrayFieldStart("foreignFragments");
        if (language != null) {
            for (ForeignFragment fragment : language.foreignFragments()) {
                json.writeStartObject();
                json.writeStringField("text", fragment.text());
                json.writeStringField("language", fragment.language());
                json.writeNumberField("start", fragment.start());
                json.writeNumberField("end", fragment.end());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("paragraphLanguages");
        if (language != null) {
            for (ParagraphLanguage paragraph : language.paragraphs()) {
                json.writeStartObject();
                json.writeNumberField("paragraph", paragraph.paragraph());
                json.writeStringField("language", paragraph.language());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeStringField("extractor", article == null ? null : article.method());
        json.writeArrayFieldStart("warnings");
        for (Warning warning : record.warnings()) {
            json.writeStartObject();
            json.writeStringField("stage", warning.stage());
            json.writeStringField("code", warning.code());
            json.writeStringField("message", warning.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (record.error() == null) {
            json.writeNullField("error");
        } else {
            json.writeObjectFieldStart("error");
            json.writeStringField("kind", record.error().kind().wireName());
            json.writeStringField("message", record.error().message());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeSource(Source source, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("source");
        json.writeStringField("uri", source.uri());
        json.writeStringField("format", source.format() == null ? null : source.format().wireName());
        json.writeStringField("charset", source.charset());
        json.writeNumberField("bytes", source.bytes());
        json.writeEndObject();
    }

    private static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * Reads a record back from its JSON line. Rejects other schemas loudly: a consumer reading a
     * newer major version must not silently misread it.
     */
    public ArticleRecord read(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
        }
        String schema = node.path("schema").asText();
        if (!ArticleRecord.SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("unsupported schema '" + schema + "', expected " + ArticleRecord.SCHEMA);
        }
        JsonNode src = node.path("source");
        String format = text(src, "format");
        Source source = new Source(src.path("uri").asText(), format == null ? null : SourceFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)),
                text(src, "charset"), src.path("bytes").asLong(-1));
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : node.path("warnings")) {
            warnings.add(new Warning(w.path("stage").asText(), w.path("code").asText(), w.path("message").asText()));
        }
        JsonNode error = node.get("error");
        if (error != null && !error.isNull()) {
            return ArticleRecord.failed(node.path("id").asText(), source,
                    new ArticleError(ErrorKind.fromWireName(error.path("kind").asText()), error.path("message").asText()), warnings);
        }
        Extraction extraction = new Extraction(text(node, "url"), text(node, "site"),
                PageType.fromWireName(node.path("pageType").asText("other")), text(node, "title"), text(node, "section"),
                strings(node.path("authors")), text(node, "published"), strings(node.path("paragraphs")),
                strings(node.path("captions")), node.path("extractor").asText("unknown"));
        List<ForeignFragment> fragments = new ArrayList<>();
        for (JsonNode f : node.path("foreignFragments")) {
            fragments.add(new ForeignFragment(f.path("text").asText(), f.path("language").asText(),
                    f.path("start").asInt(), f.path("end").asInt()));
        }
        List<ParagraphLanguage> paragraphs = new ArrayList<>();
        for (JsonNode p : node.path("paragraphLanguages")) {
            paragraphs.add(new ParagraphLanguage(p.path("paragraph").asInt(), p.path("language").asText()));
        }
        ArticleRecord record = new ArticleRecord(node.path("id").asText(), source, extraction, null, warnings, null);
        boolean hasLanguageLayer = node.hasNonNull("language") || !fragments.isEmpty() || !paragraphs.isEmpty();
        return hasLanguageLayer
                ? new ArticleRecord(record.id(), source, extraction, new LanguageProfile(text(node, "language"), paragraphs, fragments), warnings, null)
                : record;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
