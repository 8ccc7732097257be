package org.veille.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.veille.store.DayCount;
import org.veille.store.FacetCount;
import org.veille.store.Hit;
import org.veille.store.HitView;
import org.veille.store.RecordType;
import org.veille.store.SearchResults;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Search hits and facet counts on standard output: for people (text, matched terms in [brackets]) or
 * as JSON Lines, one hit or count per line, every field on every line.
 */
final class HitOutput {
    enum Format { text, jsonl }

    private final Format format;
    private final PrintStream out;
    private final JsonFactory json = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper(json);

    HitOutput(Format format, PrintStream out) {
        this.format = format;
        this.out = out;
    }

    void results(SearchResults results, int offset) {
        if (format == Format.text) {
            out.println(results.total() + (results.total() == 1 ? " hit" : " hits")
                    + (results.hits().isEmpty() ? "" : ", " + (offset + 1) + " to " + (offset + results.hits().size()) + ":"));
        }
        int rank = offset;
        for (Hit hit : results.hits()) {
            out.println(format == Format.text ? text(++rank, hit) : json(hit));
        }
        out.flush();
    }

    void counts(List<FacetCount> counts) {
        for (FacetCount count : counts) {
            out.println(format == Format.text ? count.count() + "\t" + count.value()
                    : line(g -> {
                        g.writeStringField("value", count.value());
                        g.writeNumberField("count", count.count());
                    }));
        }
        out.flush();
    }

    void days(List<DayCount> days) {
        for (DayCount day : days) {
            out.println(format == Format.text ? day.day() + "\t" + day.count()
                    : line(g -> {
                        g.writeStringField("day", day.day().toString());
                        g.writeNumberField("count", day.count());
                    }));
        }
        out.flush();
    }

    private static String text(int rank, Hit hit) {
        StringBuilder line = new StringBuilder().append(rank).append(". ").append(hit.type().wireName());
        for (String part : new String[] {hit.published() == null ? null : hit.published().substring(0, Math.min(10, hit.published().length())),
                hit.outlet(), hit.language(), hit.duplicateOf() == null ? null : "copy of " + hit.duplicateOf()}) {
            if (part != null) {
                line.append(" · ").append(part);
            }
        }
        String body = hit.snippet() != null ? hit.snippet().marked("[", "]") : hit.text();
        if (hit.type() == RecordType.QUOTE) {
            line.append("\n   ").append(hit.speaker() == null ? "(unattributed)" : hit.speaker())
                    .append(" (").append(hit.quoteKind().wireName()).append("): ").append(body);
        } else if (hit.type() == RecordType.ENTITY) {
            line.append("\n   ").append(body).append(" (").append(hit.entityType()).append(')');
        } else if (body != null) {
            line.append("\n   ").append(body.replace("\n\n", " ¶ "));
        }
        line.append("\n   ").append(hit.title() == null ? "(no title)" : hit.title());
        line.append("\n   ").append(hit.url() != null ? hit.url() : "record " + hit.articleId());
        return line.toString();
    }

    /** The hit as the API writes it ({@link HitView}), on one line. */
    private String json(Hit hit) {
        try {
            return mapper.writeValueAsString(HitView.of(hit));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one line's object holds. */
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private String line(Fields fields) {
        StringWriter buffer = new StringWriter(512);
        try (JsonGenerator g = json.createGenerator(buffer)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }
}
