/**
 * The data model: immutable records passed between pipeline stages and written to the output.
 *
 * <p>Consumes nothing and depends on nothing but the JDK. {@link org.veille.model.RawDocument} (bytes)
 * becomes a {@link org.veille.model.DecodedDocument} (text, format, charset), then an
 * {@link org.veille.model.Extraction} (clean article) inside an {@link org.veille.model.ArticleRecord},
 * which later stages extend layer by layer. Failures are values too: {@link org.veille.model.ArticleError}.
 */
package org.veille.model;
