/**
 * Output formats. {@link org.veille.output.ArticleJson} writes and reads the versioned
 * {@code veille.article/4} JSON Lines contract (see {@code docs/output-format.md});
 * {@link org.veille.output.TextSummary} renders a record for people. Consumes finished
 * {@link org.veille.model.ArticleRecord}s; never changes them. {@link org.veille.output.AtomicFiles}
 * writes a whole file or none (feed state, trained models).
 */
package org.veille.output;
