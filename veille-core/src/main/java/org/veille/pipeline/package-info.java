/**
 * The pipeline: ingest → extract → detect language (→ analyse → link → store/serve in later stages).
 *
 * <p>{@link org.veille.pipeline.Pipeline} runs the stages for one document and always returns exactly
 * one {@link org.veille.model.ArticleRecord}. Stages talk through immutable records and return
 * {@link org.veille.pipeline.Outcome}s: a value with warnings, or a failure that becomes an error
 * record. Exceptions are for programming mistakes, and even those are caught per document.
 * {@code process} is {@code analyse(prepare(input))}: a caller that wants to skip the costly analysis
 * for some articles (a {@link org.veille.pipeline.LanguageFilter} on their language) calls the two
 * halves itself, with the same pipeline.
 *
 * <h2>Adding a stage</h2>
 * <ol>
 *   <li>Give it a package named after what it owns (e.g. {@code analyse.quote}) with one small class
 *       per job and a {@code package-info.java}.</li>
 *   <li>Make its result a record layer in {@code org.veille.model} and add a {@code with...} method
 *       on {@link org.veille.model.ArticleRecord}; never rewrite an earlier layer.</li>
 *   <li>Return an {@code Outcome} from its entry method; put thresholds in a settings record.</li>
 *   <li>Call it from {@code Pipeline.analyse} after the stages it reads, and write its layer in
 *       {@link org.veille.output.ArticleJson} (bump the schema version if a field changes meaning).</li>
 * </ol>
 */
package org.veille.pipeline;
