/**
 * Page metadata: title, authors, publication date, section, site name, canonical URL and what the
 * page declares itself to be.
 *
 * <p>Consumes a parsed jsoup {@code Document} (before any cleaning, since boilerplate regions such as
 * headers carry bylines and dates) and produces a {@link org.veille.extract.metadata.PageMetadata}.
 * Each field has a finder with an explicit order of trust: structured data (JSON-LD), then meta tags,
 * then visible markup, then the URL. Does not touch the body text.
 */
package org.veille.extract.metadata;
