package org.veille.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.veille.spark.input.InputListing;
import org.veille.spark.output.BatchWriter;
import org.veille.spark.output.CommitLog;
import org.veille.spark.output.OutputFormat;
import org.veille.spark.output.OutputLayout;
import org.veille.spark.task.HadoopConf;
import org.veille.spark.task.JobCounters;
import org.veille.spark.task.ProcessFiles;

/**
 * One run of the job, on the driver: list the inputs, leave out the files an earlier run committed,
 * then for each batch of files run one Spark job (one task per file) and commit its output
 * ({@link CommitLog}); last, write the summary.
 */
public final class JobRun {
    /** To the millisecond: two runs into one output folder within a second must not share batch ids. */
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private final SparkSession spark;
    private final JobOptions options;

    public JobRun(SparkSession spark, JobOptions options) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.options = Objects.requireNonNull(options, "options");
    }

    public JobSummary run() {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        OutputLayout layout = new OutputLayout(new Path(options.output()));
        FileSystem fs = fileSystem(layout.root(), conf);
        // An input folder that holds the output folder must not read the job's own output on the next run.
        String outputPrefix = fs.makeQualified(layout.root()).toString() + "/";
        List<String> files = new InputListing(conf).list(options.inputs()).stream()
                .filter(file -> !file.startsWith(outputPrefix)).toList();
        CommitLog log = new CommitLog(fs, layout);
        CommitLog.Done done = log.recover();
        if (!done.formats().isEmpty() && !done.formats().equals(java.util.Set.of(options.format().name()))) {
            throw new IllegalArgumentException(options.output() + " holds " + done.formats() + " output; it cannot take "
                    + options.format() + " as well: choose another --output");
        }
        List<String> pending = new ArrayList<>();
        for (String file : files) {
            if (!done.inputs().contains(file)) {
                pending.add(file);
            }
        }
        JobCounters counters = JobCounters.register(spark.sparkContext());
        HadoopConf hadoop = new HadoopConf(conf);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        BatchWriter writer = new BatchWriter(spark);
        String runId = RUN_ID.format(Instant.now());
        int size = batchSize(jsc);
        int batches = 0;
        for (int from = 0; from < pending.size(); from += size) {
            List<String> batch = pending.subList(from, Math.min(pending.size(), from + size));
            String batchId = runId + "-" + String.format(java.util.Locale.ROOT, "%05d", batches++);
            spark.sparkContext().setJobDescription("veille: batch " + batchId + " (" + batch.size() + " file(s))");
            // One partition per file: one task per file, so files are the unit of scheduling, retry and resumption.
            JavaRDD<String> batchFiles = jsc.parallelize(batch, batch.size());
            Path staging = layout.staging(batchId);
            if (options.format() == OutputFormat.parquet) {
                writer.writeRows(batchFiles.mapPartitions(ProcessFiles.toRows(options.pipeline(), hadoop, counters)), staging,
                        !options.pipeline().extractOnly());
            } else {
                writer.writeJsonLines(batchFiles.mapPartitions(ProcessFiles.toJsonLines(options.pipeline(), hadoop, counters)),
                        staging);
            }
            log.commit(batchId, options.format(), batch);
        }
        JobSummary summary = new JobSummary(options.format(), files.size(), files.size() - pending.size(), batches,
                counters.snapshot(), (System.nanoTime() - start) / 1e9);
        summary.write(fs, layout.summary());
        return summary;
    }

    private int batchSize(JavaSparkContext jsc) {
        return options.filesPerBatch() > 0 ? options.filesPerBatch() : Math.max(1, 4 * jsc.defaultParallelism());
    }

    private static FileSystem fileSystem(Path root, Configuration conf) {
        try {
            return root.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the output folder " + root + ": " + e.getMessage(), e);
        }
    }
}
