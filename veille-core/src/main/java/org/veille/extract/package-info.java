/**
 * The extract stage: from a decoded page to a clean {@link org.veille.model.Extraction}.
 *
 * <p>{@link org.veille.extract.ArticleExtractor} dispatches on the detected format: HTML pages go to
 * {@link org.veille.extract.html}, plain-text page dumps to {@link org.veille.extract.dump}; both
 * share the metadata finders of {@link org.veille.extract.metadata} and the furniture vocabulary of
 * {@link org.veille.extract.BoilerplateText}. Thresholds live in
 * {@link org.veille.extract.ExtractionSettings}, heuristics in resource files beside the classes.
 * Does not detect language and never reads the network.
 */
package org.veille.extract;
