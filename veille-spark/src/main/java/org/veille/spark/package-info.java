/**
 * Veille on Apache Spark: the same core pipeline, run over many input files on a cluster. A thin front end,
 * like the CLI: {@link org.veille.spark.VeilleSparkJob} parses the arguments, {@link org.veille.spark.JobRun}
 * plans batches of files and commits them, tasks ({@code task}) run the pipeline on one file each, reading it
 * through {@code input} and turning records into rows or JSON lines ({@code output}).
 * Nothing in the core depends on this package. See docs/spark.md.
 */
package org.veille.spark;
