/**
 * Input files on any Hadoop file system: listing the job's globs on the driver ({@link org.veille.spark.input.InputListing}),
 * and, in a task, one file's documents ({@link org.veille.spark.input.FileDocuments}): the records of a web archive
 * through the core's archive reader, or the file itself as one page. Produces the core's {@code DocumentInput}s;
 * does not decode, extract or analyse anything.
 */
package org.veille.spark.input;
