package org.veille.server;

import java.nio.ByteBuffer;
import java.util.List;

import org.veille.analyse.Analyser;
import org.veille.analyse.attribution.AttributionTagger;
import org.veille.ingest.DocumentDecoder;
import org.veille.ingest.IngestSettings;
import org.veille.model.ArticleRecord;
import org.veille.model.FetchMetadata;
import org.veille.model.LanguageProfile;
import org.veille.model.RawDocument;
import org.veille.pipeline.Pipeline;

/**
 * Analyses pages sent to the server with the pipeline {@code veille analyze} runs (extraction, language,
 * entities, quotations, dates), storing nothing. The pipeline is built on the first page, and each
 * language's CoreNLP models load on its first article, once for the life of this object: a server that
 * only searches never pays for them. Thread-safe.
 */
public final class PageAnalyser {
    /** The source name of every analysed body, as error messages and records show it. */
    static final String SOURCE = "request body";

    private final IngestSettings ingest;
    private final List<AttributionTagger> taggers;
    private Stages stages;

    /**
     * The stages, once built: the whole pipeline, and one that stops after extraction for texts whose
     * language the caller gives (they then go through the whole pipeline's analysis half).
     */
    private record Stages(Pipeline detecting, Pipeline extracting) {
    }

    public PageAnalyser() {
        this(IngestSettings.defaults());
    }

    public PageAnalyser(IngestSettings ingest) {
        this(ingest, List.of());
    }

    /** @param taggers learned attribution taggers to find quotations with, in place of the rules for their language */
    public PageAnalyser(IngestSettings ingest, List<AttributionTagger> taggers) {
        this.ingest = ingest;
        this.taggers = List.copyOf(taggers);
    }

    /** Whether the pipeline has been built (the first analysis builds it). */
    public synchronized boolean loaded() {
        return stages != null;
    }

    private synchronized Stages stages() {
        if (stages == null) {
            Analyser analyser = Analyser.standard(taggers);
            DocumentDecoder decoder = new DocumentDecoder(ingest);
            stages = new Stages(Pipeline.builder().decoder(decoder).analysis(analyser).build(),
                    Pipeline.builder().decoder(decoder).withoutLanguage().build());
        }
        return stages;
    }

    /**
     * The record of a page's bytes, decoded as a fetched page is: the charset of {@code contentType} (may be
     * null), else a BOM, a {@code <meta>} declaration, then sniffing.
     */
    public ArticleRecord analyse(byte[] page, String contentType) {
        return stages().detecting().process(raw(page, contentType));
    }

    /**
     * The record of a page whose language the caller knows: detection is skipped (it cannot tell a short
     * text's language) and the analysis runs in {@code language}. A failure of the analysis keeps the
     * article with a warning, as in the pipeline.
     */
    public ArticleRecord analyse(byte[] page, String contentType, String language) {
        Stages built = stages();
        ArticleRecord extracted = built.extracting().process(raw(page, contentType));
        if (extracted.isError()) {
            return extracted;
        }
        ArticleRecord known = extracted.withLanguage(new LanguageProfile(language, List.of(), List.of()), List.of());
        return built.detecting().analyse(known);
    }

    private static RawDocument raw(byte[] page, String contentType) {
        // The transport's content type is what a fetched page's charset header is: the decoder weighs it the same way.
        return new RawDocument(SOURCE, ByteBuffer.wrap(page), new FetchMetadata(null, 0, contentType));
    }
}
