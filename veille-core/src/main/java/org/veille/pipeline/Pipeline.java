package org.veille.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.veille.extract.ArticleExtractor;
import org.veille.extract.FeedFallbacks;
import org.veille.ingest.DocumentDecoder;
import org.veille.ingest.DocumentInput;
import org.veille.ingest.IngestResult;
import org.veille.ingest.Ingestion;
import org.veille.language.LanguageIdentifier;
import org.veille.model.ArticleError;
import org.veille.model.ArticleRecord;
import org.veille.model.DecodedDocument;
import org.veille.model.ErrorKind;
import org.veille.model.Extraction;
import org.veille.model.LanguageProfile;
import org.veille.model.RawDocument;
import org.veille.model.Warning;

/**
 * Veille's pipeline for one document: read → decode → extract → detect language → analyse (when an
 * {@link AnalysisStage} is given), each stage adding
 * its layer to an {@link ArticleRecord}. Exactly one record comes out per input, an article or an
 * error; no exception escapes for a bad document, so a batch always runs to its end.
 *
 * <p>Thread-safe: build one per run and share it between worker threads; stages hold no per-document
 * state. Build it with {@link #builder()}.
 */
public final class Pipeline {
    private final Ingestion ingestion;
    private final ArticleExtractor extractor;
    private final LanguageIdentifier language;
    private final AnalysisStage analysis;

    private Pipeline(Builder builder) {
        this.ingestion = new Ingestion(Objects.requireNonNull(builder.decoder, "decoder"));
        this.extractor = Objects.requireNonNull(builder.extractor, "extractor");
        this.language = builder.language;
        this.analysis = builder.analysis;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and processes one input. */
    public ArticleRecord process(DocumentInput input) {
        return analyse(prepare(input));
    }

    /** Processes bytes already read. */
    public ArticleRecord process(RawDocument raw) {
        return analyse(prepare(ingestion.ingest(raw)));
    }

    /** Processes text that is already decoded, e.g. pasted into the API or read from a test fixture. */
    public ArticleRecord process(DecodedDocument document) {
        return analyse(upToLanguage(document, List.of()));
    }

    /**
     * Runs the stages before the analysis (read, decode, extract, detect language) on one input: the
     * cheap part, after which a caller may decide whether the costly analysis is worth running (a
     * {@link LanguageFilter}, say), then call {@link #analyse}. {@code process(input)} is exactly
     * {@code analyse(prepare(input))}.
     */
    public ArticleRecord prepare(DocumentInput input) {
        return prepare(ingestion.ingest(input));
    }

    /**
     * {@link #process(DocumentInput)} for the articles {@code languages} keeps; empty for an article it
     * turns away, which never reaches the analysis. Error records are always kept.
     */
    public Optional<ArticleRecord> process(DocumentInput input, LanguageFilter languages) {
        ArticleRecord prepared = prepare(input);
        return languages.keeps(prepared) ? Optional.of(analyse(prepared)) : Optional.empty();
    }

    /**
     * Adds the analysis layer to a record from {@link #prepare}. Error records, and every record when
     * this pipeline has no analysis stage, come back unchanged.
     */
    public ArticleRecord analyse(ArticleRecord prepared) {
        if (analysis == null || prepared.isError()) {
            return prepared;
        }
        return analysed(prepared);
    }

    private ArticleRecord prepare(IngestResult ingested) {
        if (!ingested.isOk()) {
            return ingested.toErrorRecord();
        }
        return upToLanguage(ingested.outcome().value(), ingested.outcome().warnings());
    }

    /** Runs extraction and language detection; a bug on one page becomes that page's error record, not a crash of the batch. */
    private ArticleRecord upToLanguage(DecodedDocument document, List<Warning> ingestWarnings) {
        List<Warning> earlier = concat(ingestWarnings, document.warnings());
        try {
            // The feed item that linked to the page fills in what the page leaves undeclared.
            Outcome<Extraction> extracted = extractor.extract(document)
                    .then(extraction -> FeedFallbacks.apply(extraction, document.feedItem()));
            if (extracted instanceof Outcome.Failed<Extraction> failed) {
                return ArticleRecord.failed(document.id(), document.source(), failed.error(), concat(earlier, failed.warnings()));
            }
            ArticleRecord record = new ArticleRecord(document.id(), document.source(), extracted.value(), null, null,
                    concat(earlier, extracted.warnings()), null);
            if (language != null) {
                Outcome<LanguageProfile> profile = language.identify(extracted.value());
                record = record.withLanguage(profile.isOk() ? profile.value() : LanguageProfile.undetermined(), profile.warnings());
            }
            return record;
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleRecord.failed(document.id(), document.source(), internal("extract", e), earlier);
        }
    }

    /**
     * Adds the analysis layer. A failure there keeps the article and says why in a warning: the
     * extracted text is still worth having.
     */
    private ArticleRecord analysed(ArticleRecord record) {
        String code = record.language() == null ? null : record.language().language();
        try {
            return record.withAnalysis(analysis.analyse(record.extraction(), code), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return record.withAnalysis(null, List.of(new Warning("analyse", "failed", internal("analyse", e).message())));
        }
    }

    private static ArticleError internal(String stage, Throwable e) {
        return new ArticleError(ErrorKind.INTERNAL, "unexpected " + e.getClass().getSimpleName() + " in " + stage
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    private static List<Warning> concat(List<Warning> a, List<Warning> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Warning> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Assembles a pipeline; every stage has a sensible default built on first {@link #build()}. */
    public static final class Builder {
        private DocumentDecoder decoder;
        private ArticleExtractor extractor;
        private LanguageIdentifier language;
        private boolean languageEnabled = true;
        private AnalysisStage analysis;

        public Builder decoder(DocumentDecoder decoder) {
            this.decoder = decoder;
            return this;
        }

        public Builder extractor(ArticleExtractor extractor) {
            this.extractor = extractor;
            return this;
        }

        public Builder language(LanguageIdentifier language) {
            this.language = language;
            this.languageEnabled = language != null;
            return this;
        }

        /** Adds the analyse stage (entities, quotations); without it the pipeline only extracts. */
        public Builder analysis(AnalysisStage stage) {
            this.analysis = stage;
            return this;
        }

        /** Skips language detection (for extraction-only benchmarks). */
        public Builder withoutLanguage() {
            this.language = null;
            this.languageEnabled = false;
            return this;
        }

        public Pipeline build() {
            if (decoder == null) {
                decoder = new DocumentDecoder(org.veille.ingest.IngestSettings.defaults());
            }
            if (extractor == null) {
                extractor = new ArticleExtractor();
            }
            if (language == null && languageEnabled) {
                language = new LanguageIdentifier();
            }
            return new Pipeline(this);
        }
    }
}
