package org.veille.spark;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.veille.analyse.attribution.AttributionTagger;
import org.veille.ingest.IngestSettings;
import org.veille.spark.input.ArchiveSelection;
import org.veille.spark.output.OutputFormat;
import org.veille.spark.task.PipelineConfig;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's entry point:
 * <pre>
 * spark-submit --class org.veille.spark.VeilleSparkJob veille-spark.jar \
 *    --input 's3a://…/CC-NEWS/2023/02/*.warc.gz' --output out/ --format parquet [--extract-only] [--lang fr,en]
 * </pre>
 * It only parses arguments and hands them to {@link JobRun}. Exit status: 0 when the job ran to its end
 * (error records are data, as in a CLI run that wrote them), 2 for a usage error, 3 when the job failed.
 */
@Command(name = "veille-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs Veille's pipeline over web archives (.warc, .warc.gz) and page files on Spark: "
                + "one task per input file. A re-run with the same --output skips the files already done."})
public final class VeilleSparkJob implements Callable<JobSummary> {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int FAILED = 3;

    @Option(names = "--input", required = true, split = ",", paramLabel = "GLOB",
            description = "input files: Hadoop globs or folders (s3a://…/*.warc.gz, hdfs://…, /data/pages); repeatable")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "FOLDER", description = "output folder (any Hadoop file system)")
    String output;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet (default: articles, quotes, entities tables) or jsonl")
    OutputFormat format;

    @Option(names = "--extract-only", description = "extract articles only: no entities, quotations or dates")
    boolean extractOnly;

    @Option(names = "--lang", split = ",", paramLabel = "CODE",
            description = "keep only articles in these languages (ISO 639-1, e.g. fr,en); others are skipped and counted")
    List<String> languages = new ArrayList<>();

    @Option(names = "--include-host", split = ",", paramLabel = "HOST",
            description = "web archives: keep only records of these hosts and their subdomains (e.g. lemonde.fr)")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DAY", description = "web archives: first capture day kept (YYYY-MM-DD, UTC)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", description = "web archives: last capture day kept (YYYY-MM-DD, UTC)")
    LocalDate to;

    @Option(names = "--max-bytes", description = "largest document accepted, in bytes (default: ${DEFAULT-VALUE})",
            defaultValue = "" + IngestSettings.DEFAULT_MAX_BYTES)
    long maxBytes;

    @Option(names = "--attribution-model", paramLabel = "FILE",
            description = "find English quotations with this learned tagger ('veille train attribution') instead of the rules; "
                    + "a path every executor can read, or one shipped with spark-submit --files")
    String attributionModel;

    @Option(names = "--files-per-batch", defaultValue = "0",
            description = "input files per Spark job, each committed as a whole (default 0: four per core)")
    int filesPerBatch;

    public static void main(String[] args) {
        int code = execute(args);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Parses, runs on the active (or a new) Spark session, prints the summary; the exit status. */
    static int execute(String... args) {
        CommandLine command = new CommandLine(new VeilleSparkJob()).setCaseInsensitiveEnumValuesAllowed(true);
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("veille-spark: " + e.getMessage());
                return USAGE;
            }
            cmd.getErr().println("veille-spark: the job failed: " + e);
            e.printStackTrace(cmd.getErr());
            return FAILED;
        });
        return command.execute(args);
    }

    @Override
    public JobSummary call() {
        JobSummary summary = run(SparkSession.builder().appName("veille").getOrCreate(), options());
        System.out.println(summary.describe());
        return summary;
    }

    /** Runs with {@code spark}, which stays open: for tests and benchmarks that share one session. */
    public static JobSummary run(SparkSession spark, String... args) {
        VeilleSparkJob job = new VeilleSparkJob();
        new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return run(spark, job.options());
    }

    static JobSummary run(SparkSession spark, JobOptions options) {
        return new JobRun(spark, options).run();
    }

    JobOptions options() {
        if (attributionModel != null) {
            checkModel(Path.of(attributionModel));
        }
        return new JobOptions(inputs, output, format, new PipelineConfig(extractOnly, maxBytes, languages,
                new ArchiveSelection(hosts, from, to), attributionModel), filesPerBatch);
    }

    /** A model is read once on the driver, so that a wrong file is a usage error before any task runs. */
    private static void checkModel(Path model) {
        try {
            AttributionTagger.load(model);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--attribution-model: no such file: " + model);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the attribution model " + model + ": " + e.getMessage());
        }
    }
}
