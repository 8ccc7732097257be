/**
 * Web archives in: {@code .warc} and {@code .warc.gz} files (ISO 28500, as Common Crawl, CC-NEWS
 * and Heritrix write them) read record by record into the pipeline's inputs.
 *
 * <p>{@link org.veille.ingest.warc.ArchiveReader} consumes a stream and produces
 * {@link org.veille.ingest.DocumentInput}s, one per page: the payload of an HTTP 200 {@code response}
 * record whose content is HTML or text, with the capture's metadata; damaged records become failing
 * inputs naming the archive and offset. {@link org.veille.ingest.warc.ArchiveFilter} excludes records
 * by host and capture date on their WARC header; {@link org.veille.ingest.warc.ArchiveCounts} says
 * what was read, yielded, skipped ({@link org.veille.ingest.warc.SkipReason}) and failed.
 *
 * <p>Parsing of WARC and HTTP headers and of HTTP transfer and content encodings is jwarc's; the
 * framing (where records and gzip members start, and finding the next one after damage) is ours,
 * since jwarc stops at the first damaged record. Nothing here knows the command line, a cluster
 * engine or the later stages: the CLI's resolver and a cluster task use the reader the same way.
 */
package org.veille.ingest.warc;
