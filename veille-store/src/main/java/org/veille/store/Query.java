package org.veille.store;

import java.time.LocalDate;

import org.veille.model.EntityType;
import org.veille.model.QuoteKind;

/**
 * What to find: optional text in Lucene's classic syntax ({@code "mobilisation partielle"},
 * {@code armée AND -russe}, terms joined by AND by default) and filters that all must hold. Immutable:
 * each {@code with}-style method returns a new query, so a base query can be shared and narrowed.
 *
 * <pre>{@code
 * Query.text("mobilisation").speaker("Pavel Slunkin").language("fr").from(LocalDate.of(2023, 2, 1)).type(RecordType.QUOTE)
 * }</pre>
 *
 * @param text          the words to find, or null for every document the filters let through
 * @param type          article, quote or entity documents only, or null for all three
 * @param speaker       quotations by this person: the quote's speaker or its speaker entity's name, matched
 *                      exactly but for case, accents and spacing (not as text)
 * @param about         documents of articles that name this entity (exact name as for {@code speaker})
 * @param entityType    entity documents of this type (other documents do not pass)
 * @param entityId      documents tied to one entity of one article ({@code "<article id>/e3"}): the entity,
 *                      the quotes it speaks, the article naming it
 * @param language      ISO 639-1 code, or {@code "und"} for undetermined
 * @param outlet        the publishing host, without {@code www.}
 * @param from          first publication day, inclusive (quotes and entities take their article's date)
 * @param to            last publication day, inclusive
 * @param quoteKind     direct, mixed or indirect quotations only
 * @param includeCopies whether duplicates of articles already stored are found too (never counted in facets)
 * @param offset        hits to skip, at most {@link #MAX_OFFSET}
 * @param limit         hits to return, 1 to {@link #MAX_LIMIT}
 */
public record Query(String text, RecordType type, String speaker, String about, EntityType entityType, String entityId,
                    String language, String outlet, LocalDate from, LocalDate to, QuoteKind quoteKind,
                    boolean includeCopies, int offset, int limit) {

    /** The most hits one page returns: past it, callers should narrow the query rather than page on. */
    public static final int MAX_LIMIT = 1000;
    /** The deepest page start: deep paging costs memory per request, and nobody reads hit 10,000. */
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 10;

    public Query {
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Every document (but copies), newest first. */
    public static Query all() {
        return new Query(null, null, null, null, null, null, null, null, null, null, null, false, 0, DEFAULT_LIMIT);
    }

    /** Documents matching {@code text}, best first. */
    public static Query text(String text) {
        return all().withText(text);
    }

    public Query withText(String words) {
        return new Query(words, type, speaker, about, entityType, entityId, language, outlet, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query type(RecordType only) {
        return new Query(text, only, speaker, about, entityType, entityId, language, outlet, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query speaker(String name) {
        return new Query(text, type, name, about, entityType, entityId, language, outlet, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query about(String entityName) {
        return new Query(text, type, speaker, entityName, entityType, entityId, language, outlet, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query entityType(EntityType only) {
        return new Query(text, type, speaker, about, only, entityId, language, outlet, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query entityId(String id) {
        return new Query(text, type, speaker, about, entityType, id, language, outlet, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query language(String code) {
        return new Query(text, type, speaker, about, entityType, entityId, code, outlet, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query outlet(String host) {
        return new Query(text, type, speaker, about, entityType, entityId, language, host, from, to, quoteKind, includeCopies, offset, limit);
    }

    public Query from(LocalDate day) {
        return new Query(text, type, speaker, about, entityType, entityId, language, outlet, day, to, quoteKind, includeCopies, offset, limit);
    }

    public Query to(LocalDate day) {
        return new Query(text, type, speaker, about, entityType, entityId, language, outlet, from, day, quoteKind, includeCopies, offset, limit);
    }

    public Query quoteKind(QuoteKind kind) {
        return new Query(text, type, speaker, about, entityType, entityId, language, outlet, from, to, kind, includeCopies, offset, limit);
    }

    public Query includeCopies(boolean copies) {
        return new Query(text, type, speaker, about, entityType, entityId, language, outlet, from, to, quoteKind, copies, offset, limit);
    }

    /** The page of hits from {@code start} (0-based), {@code size} long. */
    public Query page(int start, int size) {
        return new Query(text, type, speaker, about, entityType, entityId, language, outlet, from, to, quoteKind, includeCopies, start, size);
    }
}
