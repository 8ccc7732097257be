package org.veille.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.veille.language.LanguageCodes;
import org.veille.model.EntityType;
import org.veille.model.QuoteKind;
import org.veille.store.Query;
import org.veille.store.RecordType;

import io.javalin.http.Context;

/**
 * A route's query parameters, checked once at the edge: an unknown or repeated name, or a value that does
 * not parse, is a 400 naming it (a misspelt filter silently ignored would return wrong hits). The filters
 * of search, facets and entity pages read into one store {@link Query}.
 */
final class QueryParameters {
    /** The filters every listing route shares; {@code entity} and {@code about} are one filter, as in the CLI. */
    static final Set<String> FILTERS = Set.of("q", "speaker", "entity", "about", "entityType", "lang", "from", "to",
            "kind", "outlet", "quoteKind", "includeCopies");
    /**
     * Longer query texts are refused: nobody types them, and each term becomes clauses over three fields, so a
     * pasted page would hit Lucene's clause limit deep in a search instead of a clear message here.
     */
    static final int MAX_TEXT = 1000;

    private final Map<String, List<String>> values;

    /**
     * The parameters of {@code ctx}'s query string, read here rather than from Javalin's map: that map
     * leaves out, without a word, any pair whose escapes do not decode ({@code q=flood%} searched
     * everything), so a broken filter would be silently ignored.
     */
    static QueryParameters of(Context ctx, Set<String> allowed) {
        return new QueryParameters(parse(ctx.queryString()), allowed);
    }

    /** Refuses any query parameter: for the routes that take none, where a misspelt option must not pass unnoticed. */
    static void refuseAny(Context ctx) {
        of(ctx, Set.of());
    }

    /** The pairs of a raw query string, decoded strictly: a bad percent-escape or bytes that are not UTF-8 are a 400. */
    static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), pair);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), pair);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String decode(String encoded, String pair) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        int plain = 0; // where the run of characters taken as written starts
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%' && c != '+') {
                continue;
            }
            // A run is encoded whole: a character outside the BMP is two chars, and one alone is no UTF-8.
            bytes.writeBytes(encoded.substring(plain, i).getBytes(StandardCharsets.UTF_8));
            if (c == '+') {
                bytes.write(' ');
            } else {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw ApiException.badParameter("the query string has a broken %-escape in '" + ApiException.shorten(pair)
                            + "': % must be followed by two hexadecimal digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            }
            plain = i + 1;
        }
        bytes.writeBytes(encoded.substring(plain).getBytes(StandardCharsets.UTF_8));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badParameter("the query string's '" + ApiException.shorten(pair) + "' is not UTF-8 once decoded");
        }
    }

    QueryParameters(Map<String, List<String>> values, Set<String> allowed) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw ApiException.badParameter("unknown parameter '" + ApiException.shorten(entry.getKey()) + "': expected one of "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
            if (entry.getValue().size() > 1) {
                throw ApiException.badParameter("parameter '" + ApiException.shorten(entry.getKey()) + "' is given " + entry.getValue().size() + " times");
            }
        }
        this.values = values;
    }

    /** The value of {@code name}, or null when absent or blank. */
    String text(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty() || given.get(0).isBlank()) {
            return null;
        }
        String value = given.get(0).strip();
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter(name + " is longer than " + MAX_TEXT + " characters (" + value.length() + ")");
        }
        return value;
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name + " must be a whole number: '" + ApiException.shorten(value) + "'");
        }
        if (number < min || number > max) {
            throw ApiException.badParameter(name + " must be between " + min + " and " + max + ": " + number);
        }
        return number;
    }

    LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name + " must be a date written YYYY-MM-DD: '" + ApiException.shorten(value) + "'");
        }
    }

    /** The store query the filters describe, on the page given by {@code offset} and {@code limit}. */
    Query query(int offset, int limit) {
        String entity = text("entity");
        String about = text("about");
        if (entity != null && about != null && !entity.equals(about)) {
            throw ApiException.badParameter("entity and about are the same filter: give one");
        }
        String language = text("lang");
        if (language != null && !LanguageCodes.isCode(language)) {
            throw ApiException.badParameter("lang must be a language code such as fr or en: '" + ApiException.shorten(language) + "'");
        }
        LocalDate from = date("from");
        LocalDate to = date("to");
        try {
            return Query.all().withText(text("q")).type(kind()).speaker(text("speaker")).about(entity != null ? entity : about)
                    .entityType(entityType()).language(language).outlet(text("outlet")).from(from).to(to)
                    .quoteKind(quoteKind()).includeCopies(flag("includeCopies")).page(offset, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage()); // the store's own checks: "from X is after to Y"
        }
    }

    private RecordType kind() {
        String value = text("kind");
        try {
            return value == null ? null : RecordType.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("kind: " + e.getMessage());
        }
    }

    private QuoteKind quoteKind() {
        String value = text("quoteKind");
        try {
            return value == null ? null : QuoteKind.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("quoteKind must be direct, mixed or indirect: '" + ApiException.shorten(value) + "'");
        }
    }

    private EntityType entityType() {
        String value = text("entityType");
        try {
            return value == null ? null : EntityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("entityType must be person, organization, location or misc: '" + ApiException.shorten(value) + "'");
        }
    }

    private boolean flag(String name) {
        String value = text(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badParameter(name + " must be true or false: '" + ApiException.shorten(value) + "'");
    }
}
