package org.veille.spark.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.veille.analyse.Analyser;
import org.veille.ingest.DocumentDecoder;
import org.veille.pipeline.Pipeline;

import org.apache.spark.SparkFiles;

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
            builder.analysis(analyser(config.attributionModel()));
        }
        return builder.build();
    }

    /**
     * The CLI's analyser; a model path this executor cannot read is looked up among the files Spark
     * shipped with the job ({@code spark-submit --files}), by its file name.
     */
    private static Analyser analyser(String attributionModel) {
        Path model = attributionModel == null ? null : Path.of(attributionModel);
        if (model != null && !Files.isRegularFile(model)) {
            model = Path.of(SparkFiles.get(model.getFileName().toString()));
        }
        try {
            return Analyser.standard(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution model " + model, e);
        }
    }
}
