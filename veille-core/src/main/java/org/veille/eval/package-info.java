/**
 * Scoring extraction quality against the shared evaluation sets, exactly as
 * {@code shared/eval/README.md} defines each set's metric.
 *
 * <p>Two halves that know nothing of the extractor:
 * <ul>
 *   <li>scorers, pure functions over strings: {@link org.veille.eval.AebScorer} (scrapinghub 4-token
 *       shingles), {@link org.veille.eval.BagOfWordsScorer} (WCXB), {@link org.veille.eval.SnippetScorer}
 *       (trafilatura with/without snippets) and {@link org.veille.eval.MetadataScorer} (title, authors,
 *       date), all built on the Python-compatible {@link org.veille.eval.WordTokenizer};</li>
 *   <li>dataset readers: {@link org.veille.eval.EvalSets#open(java.nio.file.Path)} recognises a set folder
 *       and returns an {@link org.veille.eval.EvalSet} of {@link org.veille.eval.EvalPage}s with their
 *       {@link org.veille.eval.Truth}; {@link org.veille.eval.AebToolOutputs} reads the published
 *       extractors' outputs shipped with the scrapinghub set.</li>
 * </ul>
 * {@link org.veille.eval.ExtractionEvaluation} joins them: it runs a caller-supplied prediction function
 * over a set and returns an {@link org.veille.eval.EvaluationReport}, which
 * {@link org.veille.eval.ReportRenderer} prints next to the peers' published scores
 * ({@link org.veille.eval.PublishedScores}).
 *
 * <p>The evaluation data itself is never copied into the project: everything is read from the shared folder.
 */
package org.veille.eval;
