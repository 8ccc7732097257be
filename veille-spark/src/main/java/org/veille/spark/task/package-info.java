/**
 * What runs in a Spark task: one input file's documents through the executor's pipeline
 * ({@link org.veille.spark.task.PipelineHolder}, one per executor JVM), the language filter, and the job's
 * counters ({@link org.veille.spark.task.JobCounters}). Consumes file paths, produces rows or JSON lines.
 */
package org.veille.spark.task;
