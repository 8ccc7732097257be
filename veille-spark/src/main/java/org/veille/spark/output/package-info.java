/**
 * The job's output: the record model as Spark rows ({@link org.veille.spark.output.ArticleSchema}, the one place the
 * schema is defined), the flat quotation and entity tables derived from it, writing a batch to its staging
 * folder, and the commit log that makes re-runs resume and never duplicate rows. Layout: {@link org.veille.spark.output.OutputLayout}.
 */
package org.veille.spark.output;
