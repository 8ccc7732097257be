package org.veille.spark.task;

import java.util.Objects;

import org.veille.ingest.DocumentInput;
import org.veille.model.ArticleRecord;
import org.veille.pipeline.Pipeline;

/**
 * Runs the core pipeline on one document and applies the job's language filter: an article in a
 * language the job does not keep is skipped (counted as {@value #LANGUAGE_SKIP}), every other document
 * becomes its record, article or error. Error records are always kept: they have no language to judge.
 */
final class DocumentProcessor {
    static final String LANGUAGE_SKIP = "language";
    private final Pipeline pipeline;
    private final PipelineConfig config;
    private final JobCounters counters;

    DocumentProcessor(Pipeline pipeline, PipelineConfig config, JobCounters counters) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.config = Objects.requireNonNull(config, "config");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** The record for {@code input}, or null when the language filter skips it. */
    ArticleRecord process(DocumentInput input) {
        ArticleRecord record = pipeline.process(input);
        if (!record.isError() && !config.keeps(record.language() == null ? null : record.language().language())) {
            counters.skipped(LANGUAGE_SKIP, 1);
            return null;
        }
        counters.written(record.isError());
        return record;
    }
}
