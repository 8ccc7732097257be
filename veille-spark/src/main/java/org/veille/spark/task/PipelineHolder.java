package org.veille.spark.task;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.veille.analyse.Analyser;
import org.veille.analyse.nlp.CoreNlpAnnotator;
import org.veille.ingest.DocumentDecoder;
import org.veille.pipeline.Pipeline;

/**
 * One pipeline per executor JVM and configuration, built by the first task that needs it and shared by
 * every task thread of that executor.
 *
 * <p>This is the one piece of static mutable state in Veille, on purpose: Spark gives a job no hook that
 * runs once per executor, and the pipeline's NLP models take seconds and hundreds of megabytes to load,
 * so building them per task (per input file) would multiply both by the number of files an executor
 * runs. A static map is the only place that lives as long as the executor. It stays tiny (a map from
 * configuration to pipeline, in practice one entry) and thread-safe: {@link ConcurrentHashMap#computeIfAbsent}
 * builds each pipeline exactly once, and {@link Pipeline} itself is thread-safe.
 */
public final class PipelineHolder {
    private static final Map<PipelineConfig, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private PipelineHolder() {
    }

    /** The executor's pipeline for {@code config}, built on first use. */
    public static Pipeline pipeline(PipelineConfig config) {
        return PIPELINES.computeIfAbsent(config, PipelineHolder::build);
    }

    /** Built as the CLI builds it ({@code veille analyze}), so both paths run the very same stages. */
    private static Pipeline build(PipelineConfig config) {
        Pipeline.Builder builder = Pipeline.builder().decoder(new DocumentDecoder(config.ingestSettings()));
        if (!config.extractOnly()) {
            // The models load on the first article of each language, not here, as in the CLI.
            builder.analysis(new Analyser(new CoreNlpAnnotator()));
        }
        return builder.build();
    }
}
