/**
 * The embedded store: an on-disk Lucene index of articles, their quotations and their entities, so
 * that what was read can be found again. {@link org.veille.store.StoreWriter} consumes finished
 * {@link org.veille.model.ArticleRecord}s (idempotent upsert by canonical URL and content hash,
 * duplicates grouped, batched commits); {@link org.veille.store.ArticleStore} answers
 * {@link org.veille.store.Query}s with {@link org.veille.store.SearchResults} (stored fields and
 * highlighted {@link org.veille.store.Snippet}s), facets ({@link org.veille.store.Facet}) and a date
 * histogram. It runs no pipeline stage and never changes a record; the layout is in {@code docs/store.md}.
 */
package org.veille.store;
