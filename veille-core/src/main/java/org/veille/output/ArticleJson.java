package org.veille.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.veille.model.Analysis;
import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.DateMention;
import org.veille.model.DateResolution;
import org.veille.model.Entity;
import org.veille.model.EntityType;
import org.veille.model.ErrorKind;
import org.veille.model.Extraction;
import org.veille.model.ForeignFragment;
import org.veille.model.LanguageProfile;
import org.veille.model.Mention;
import org.veille.model.PageType;
import org.veille.model.ParagraphLanguage;
import org.veille.model.Quote;
import org.veille.model.QuoteKind;
import org.veille.model.Source;
import org.veille.model.SourceFormat;
import org.veille.model.Warning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code veille.article/4} JSON form of an {@link ArticleRecord}: the public output contract,
 * documented in {@code docs/output-format.md}. Fields are written in a fixed order, every field on
 * every record (null or empty when absent), so consumers never guess. Thread-safe.
 */
public final class ArticleJson {
    /** Earlier schemas, still read: /1 has no analysis layer, /2 no {@code dates}, /3 no transport fields. */
    static final List<String> PREVIOUS_SCHEMAS = List.of("veille.article/1", "veille.article/2", "veille.article/3");
    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper();

    /** One record as a single line of JSON, without the trailing newline. */
    public String toJson(ArticleRecord record) {
        java.io.StringWriter out = new java.io.StringWriter(4096);
        write(record, out);
        return out.toString();
    }

    /**
     * One record as UTF-8 JSON, without the trailing newline: the bytes of {@link #toJson}, written
     * straight to bytes for whoever stores them (the index) rather than through a string.
     */
    public byte[] toUtf8(ArticleRecord record) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096);
        try (JsonGenerator json = factory.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            writeRecord(record, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
        writeArray("foreignFragments", language == null ? List.of() : language.foreignFragments(), ArticleJson::writeFragment, json);
        writeArray("paragraphLanguages", language == null ? List.of() : language.paragraphs(), ArticleJson::writeParagraphLanguage,
                json);
        writeAnalysis(record.analysis(), json);
        json.writeStringField("extractor", article == null ? null : article.method());
        writeArray("warnings", record.warnings(), ArticleJson::writeWarning, json);
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

    /** {@code entities}, {@code quotes} and {@code dates}: null when the analyse stage did not run, lists when it did. */
    private static void writeAnalysis(Analysis analysis, JsonGenerator json) throws IOException {
        if (analysis == null) {
            json.writeNullField("entities");
            json.writeNullField("quotes");
            json.writeNullField("dates");
            return;
        }
        writeArray("entities", analysis.entities(), ArticleJson::writeEntity, json);
        writeArray("quotes", analysis.quotes(), ArticleJson::writeQuote, json);
        writeArray("dates", analysis.dates(), ArticleJson::writeDate, json);
    }

    /** How one item of an array is written. */
    private interface ItemWriter<T> {
        void write(T item, JsonGenerator json) throws IOException;
    }

    private static <T> void writeArray(String field, List<T> items, ItemWriter<T> writer, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (T item : items) {
            writer.write(item, json);
        }
        json.writeEndArray();
    }

    private static void writeFragment(ForeignFragment fragment, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", fragment.text());
        json.writeStringField("language", fragment.language());
        json.writeNumberField("start", fragment.start());
        json.writeNumberField("end", fragment.end());
        json.writeEndObject();
    }

    private static void writeParagraphLanguage(ParagraphLanguage paragraph, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("paragraph", paragraph.paragraph());
        json.writeStringField("language", paragraph.language());
        json.writeEndObject();
    }

    private static void writeWarning(Warning warning, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("stage", warning.stage());
        json.writeStringField("code", warning.code());
        json.writeStringField("message", warning.message());
        json.writeEndObject();
    }

    private static void writeEntity(Entity entity, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("name", entity.name());
        json.writeStringField("type", entity.type().name());
        writeArray("mentions", entity.mentions(), ArticleJson::writeMention, json);
        json.writeEndObject();
    }

    private static void writeQuote(Quote quote, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", quote.text());
        json.writeStringField("kind", quote.kind().wireName());
        json.writeStringField("speaker", quote.speaker());
        json.writeStringField("speakerEntity", quote.speakerEntity());
        json.writeFieldName("speakerMention");
        if (quote.speakerMention() == null) {
            json.writeNull();
        } else {
            writeMention(quote.speakerMention(), json);
        }
        json.writeStringField("cue", quote.cue());
        json.writeNumberField("start", quote.start());
        json.writeNumberField("end", quote.end());
        json.writeBooleanField("inTitle", quote.inTitle());
        json.writeNumberField("confidence", Math.round(quote.confidence() * 100) / 100.0);
        json.writeEndObject();
    }

    private static void writeDate(DateMention date, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", date.text());
        json.writeStringField("value", date.value());
        json.writeStringField("resolution", date.resolution().wireName());
        json.writeNumberField("start", date.start());
        json.writeNumberField("end", date.end());
        json.writeEndObject();
    }

    private static void writeMention(Mention mention, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", mention.text());
        json.writeNumberField("start", mention.start());
        json.writeNumberField("end", mention.end());
        json.writeEndObject();
    }

    private static void writeSource(Source source, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("source");
        json.writeStringField("uri", source.uri());
        json.writeStringField("format", source.format() == null ? null : source.format().wireName());
        json.writeStringField("charset", source.charset());
        json.writeNumberField("bytes", source.bytes());
        json.writeStringField("fetched", source.fetched());
        json.writeStringField("archive", source.archive());
        json.writeStringField("feed", source.feed());
        json.writeEndObject();
    }

    private static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
        writeArray(field, values, (value, j) -> j.writeString(value), json);
    }

    /**
     * Reads a record back from its JSON line. Rejects other schemas loudly: a consumer reading a
     * newer major version must not silently misread it.
     */
    public ArticleRecord read(String line) {
        try {
            return read(mapper.readTree(line));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
        }
    }

    /** Reads a record back from UTF-8 JSON, as {@link #toUtf8} writes it; as {@link #read(String)} otherwise. */
    public ArticleRecord read(byte[] utf8, int offset, int length) {
        try {
            return read(mapper.readTree(utf8, offset, length));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
        }
    }

    private ArticleRecord read(JsonNode node) {
        String schema = node.path("schema").asText();
        if (!ArticleRecord.SCHEMA.equals(schema) && !PREVIOUS_SCHEMAS.contains(schema)) {
            throw new IllegalArgumentException("unsupported schema '" + schema + "', expected " + ArticleRecord.SCHEMA);
        }
        JsonNode src = node.path("source");
        String format = text(src, "format");
        Source source = new Source(src.path("uri").asText(), format == null ? null : SourceFormat.fromWireName(format),
                text(src, "charset"), src.path("bytes").asLong(-1),
                text(src, "fetched"), text(src, "archive"), text(src, "feed"));
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
        boolean hasLanguageLayer = node.hasNonNull("language") || !fragments.isEmpty() || !paragraphs.isEmpty();
        LanguageProfile language = hasLanguageLayer ? new LanguageProfile(text(node, "language"), paragraphs, fragments) : null;
        return new ArticleRecord(node.path("id").asText(), source, extraction, language, readAnalysis(node), warnings, null);
    }

    /** The analysis layer, or null when the record has none (extraction only, or a /1 record). */
    private static Analysis readAnalysis(JsonNode node) {
        JsonNode entities = node.get("entities");
        JsonNode quotes = node.get("quotes");
        if ((entities == null || entities.isNull()) && (quotes == null || quotes.isNull())) {
            return null;
        }
        List<Entity> entityList = new ArrayList<>();
        for (JsonNode e : entities == null ? List.<JsonNode>of() : entities) {
            List<Mention> mentions = new ArrayList<>();
            e.path("mentions").forEach(m -> mentions.add(mention(m)));
            entityList.add(new Entity(e.path("id").asText(), e.path("name").asText(),
                    EntityType.valueOf(e.path("type").asText()), mentions));
        }
        List<Quote> quoteList = new ArrayList<>();
        for (JsonNode q : quotes == null ? List.<JsonNode>of() : quotes) {
            JsonNode m = q.get("speakerMention");
            quoteList.add(new Quote(q.path("text").asText(), QuoteKind.fromWireName(q.path("kind").asText()),
                    text(q, "speaker"), text(q, "speakerEntity"), m == null || m.isNull() ? null : mention(m), text(q, "cue"),
                    q.path("start").asInt(), q.path("end").asInt(), q.path("inTitle").asBoolean(), q.path("confidence").asDouble()));
        }
        List<DateMention> dateList = new ArrayList<>();
        for (JsonNode d : node.path("dates")) {
            dateList.add(new DateMention(d.path("text").asText(), text(d, "value"), DateResolution.fromWireName(d.path("resolution").asText()),
                    d.path("start").asInt(), d.path("end").asInt()));
        }
        return new Analysis(entityList, quoteList, dateList);
    }

    private static Mention mention(JsonNode m) {
        return new Mention(m.path("text").asText(), m.path("start").asInt(), m.path("end").asInt());
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
