/**
 * The ingest stage: turns command-line arguments into documents, and documents into text.
 *
 * <p>Two steps, each failing as a value rather than an exception:
 * <ol>
 *   <li>{@link org.veille.ingest.InputResolver} expands the arguments (files, folders, {@code -} for
 *       standard input, http(s) URLs, files listing URLs) into a lazy, deterministic sequence of
 *       {@link org.veille.ingest.DocumentInput}s, each of which {@linkplain
 *       org.veille.ingest.DocumentInput#read() reads} a {@link org.veille.model.RawDocument} only
 *       when asked (files from disk, gzip undone; URLs through {@link org.veille.ingest.HttpFetcher}).</li>
 *   <li>{@link org.veille.ingest.DocumentDecoder} checks size, rejects binary content, resolves the
 *       charset the way a browser would (BOM, HTTP header, meta prescan, sniffing), decodes and
 *       detects the format, producing a {@link org.veille.model.DecodedDocument}.</li>
 * </ol>
 * {@link org.veille.ingest.Ingestion} chains the two for one input and never throws, returning the
 * record id and provenance the pipeline needs even when the document fails.
 *
 * <p>Two sub-packages: {@code ingest.feed} opens a named URL that turns out to be a news feed into
 * its items, and {@code ingest.polite} holds the manners every request is sent with (robots.txt,
 * a per-host delay), asked by {@link org.veille.ingest.HttpFetcher} through a
 * {@link org.veille.ingest.RequestGate}.
 *
 * <p>Everything here is stateless or immutable, so documents may be read and decoded in parallel;
 * only the iterator returned by the resolver is single-threaded.
 */
package org.veille.ingest;
