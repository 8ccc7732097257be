package org.veille.spark;

import java.util.List;
import java.util.Objects;

import org.veille.spark.output.OutputFormat;
import org.veille.spark.task.PipelineConfig;

/**
 * One run's settings, checked.
 *
 * @param inputs        Hadoop globs or folders naming the input files
 * @param output        the output folder (created; a re-run over it resumes)
 * @param format        what is written
 * @param pipeline      what the executors run
 * @param filesPerBatch input files per Spark job (each job is committed as a whole; 0: four per core
 *                      of the cluster, so a batch keeps every core busy while limiting the work a
 *                      stop loses)
 */
public record JobOptions(List<String> inputs, String output, OutputFormat format, PipelineConfig pipeline, int filesPerBatch) {
    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one --input is needed");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pipeline, "pipeline");
        if (filesPerBatch < 0) {
            throw new IllegalArgumentException("--files-per-batch must be 0 (automatic) or more: " + filesPerBatch);
        }
    }
}
