package org.veille.extract.metadata;

import java.util.List;

/**
 * What a page says about itself, read before its body is cleaned.
 *
 * @param title        headline, site suffix removed
 * @param authors      person names
 * @param published    normalised publication date or timestamp
 * @param section      rubric
 * @param site         site or publication name
 * @param canonicalUrl canonical URL
 * @param declaredType what the page calls itself (JSON-LD {@code @type} or {@code og:type}), lower-cased, or null
 * @param articleBody  the JSON-LD {@code articleBody}, a fallback when the markup hides the text
 * @param language     the language the page declares ({@code <html lang>}), or null
 */
public record PageMetadata(String title, List<String> authors, String published, String section, String site,
                           String canonicalUrl, String declaredType, String articleBody, String language) {
    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
