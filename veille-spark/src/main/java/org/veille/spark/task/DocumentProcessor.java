package org.veille.spark.task;

import java.util.Objects;

import org.veille.ingest.DocumentInput;
import org.veille.model.ArticleRecord;
import org.veille.pipeline.LanguageFilter;
import org.veille.pipeline.Pipeline;

/**
 * Runs the core pipeline on one document with the job's language filter between the cheap stages and
 * the analysis, as {@code veille analyze --lang} does: an article in a language the job does not keep
 * is skipped (counted as {@value #LANGUAGE_SKIP}) before it is analysed; every other document becomes
 * its record, article or error. Error records always pass: every input is accounted for.
 */
final class DocumentProcessor {
    static final String LANGUAGE_SKIP = "language";
    private final Pipeline pipeline;
    private final LanguageFilter languages;
    private final JobCounters counters;

    DocumentProcessor(Pipeline pipeline, PipelineConfig config, JobCounters counters) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.languages = config.languageFilter();
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** The record for {@code input}, or null when the language filter skips it. */
    ArticleRecord process(DocumentInput input) {
        ArticleRecord record = pipeline.process(input, languages).orElse(null);
        if (record == null) {
            counters.skipped(LANGUAGE_SKIP, 1);
            return null;
        }
        counters.written(record.isError());
        return record;
    }
}
