/**
 * Article identity for the store: {@link org.veille.store.identity.ArticleKey} (canonical URL or
 * record id), {@link org.veille.store.identity.ContentHash} (unchanged or changed, exact copies) and
 * {@link org.veille.store.identity.NearDuplicates} (MinHash over word shingles). Consumes
 * {@link org.veille.model.ArticleRecord}s; knows nothing of Lucene.
 */
package org.veille.store.identity;
