/**
 * Main-content extraction from HTML, stage by stage: {@link org.veille.extract.html.DomCleaner} removes
 * furniture, {@link org.veille.extract.html.BlockCollector} cuts text blocks in reading order,
 * {@link org.veille.extract.html.ContentLocator} finds the main containers by prose density and markup,
 * {@link org.veille.extract.html.PageTypeClassifier} tells articles from other pages, and
 * {@link org.veille.extract.html.BlockFilter} keeps body blocks and captions. The recipe and its
 * fallbacks are in {@link org.veille.extract.html.HtmlExtractor}.
 *
 * <p>Consumes a decoded HTML document, produces an {@link org.veille.model.Extraction}. Parses with
 * jsoup once; every later step walks the tree once. Does not decode bytes or fetch anything.
 */
package org.veille.extract.html;
