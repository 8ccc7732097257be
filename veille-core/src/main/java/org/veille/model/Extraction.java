package org.veille.model;

import java.util.List;
import java.util.Objects;

/**
 * The clean article an extractor read from a page: metadata, body paragraphs in reading order and
 * image captions kept apart. Every field may be null or empty when the page does not say; nothing is
 * guessed from the crawl (no crawl date as publication date, no host name as author).
 *
 * @param url        canonical URL declared by the page, else null
 * @param site       site or publication name, else null
 * @param pageType   what kind of page this is
 * @param title      headline without the site suffix
 * @param section    the section or rubric (e.g. {@code MONDE}), else null
 * @param authors    person names only, in byline order
 * @param published  publication date ({@code 2023-02-21}) or full ISO-8601 timestamp, else null
 * @param paragraphs body blocks in reading order: paragraphs, headings, list items, table rows
 * @param captions   image and video captions found inside or beside the body
 * @param method     which extraction strategy produced the body and why, for diagnosis
 */
public record Extraction(String url, String site, PageType pageType, String title, String section,
                         List<String> authors, String published, List<String> paragraphs,
                         List<String> captions, String method) {

    /** Separator between paragraphs in {@link #text()}; offsets in later layers count through it. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Extraction {
        Objects.requireNonNull(pageType, "pageType");
        Objects.requireNonNull(method, "method");
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank() || paragraph.contains(PARAGRAPH_SEPARATOR)) {
                throw new IllegalArgumentException("paragraphs must be non-blank single blocks: " + paragraph);
            }
        }
    }

    /** The body: paragraphs joined by a blank line. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }
}
