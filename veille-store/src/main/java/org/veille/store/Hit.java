package org.veille.store;

import org.veille.model.EntityType;
import org.veille.model.QuoteKind;

/**
 * One document found, with what it stores for display. Fields that do not apply to its type are null.
 *
 * @param type        article, quote or entity
 * @param id          the document's id: the record id for articles, {@code <record id>/q<n>} for the
 *                    n-th quotation, {@code <record id>/<entity id>} for entities
 * @param articleId   the record id of the article it belongs to
 * @param key         the article's identity (canonical URL, or {@code id:} + record id)
 * @param title       the article's headline
 * @param url         the article's canonical URL
 * @param outlet      the article's host
 * @param language    the article's language, {@code "und"} when undetermined
 * @param published   the article's publication date as written
 * @param text        the quotation, or the entity's name; null for articles (see the snippet)
 * @param speaker     who says a quotation (the speaker entity's name when there is one)
 * @param quoteKind   direct, mixed or indirect
 * @param entityType  the entity's type
 * @param duplicateOf the key of the article this is a copy of, or null for an original
 * @param score       relevance, 0 when no text was asked for
 * @param snippet     the best passages with the matched terms located, or null when no text was asked for
 */
public record Hit(RecordType type, String id, String articleId, String key, String title, String url, String outlet,
                  String language, String published, String text, String speaker, QuoteKind quoteKind,
                  EntityType entityType, String duplicateOf, float score, Snippet snippet) {
}
