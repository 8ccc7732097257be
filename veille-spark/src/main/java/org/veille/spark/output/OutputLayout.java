package org.veille.spark.output;

import java.util.Objects;

import org.apache.hadoop.fs.Path;

/**
 * Where everything lives under the job's output folder:
 * <pre>
 * out/articles/language=fr/part-….parquet   one row per article (or error record); jsonl: out/articles/part-….jsonl
 * out/quotes/language=fr/…, out/entities/…   the flat tables (Parquet only)
 * out/_summary.json                          the last run's counters
 * out/_veille/commits/&lt;batch&gt;.json          one manifest per committed batch: its input files and output files
 * out/_veille/staging/&lt;batch&gt;/…              a batch's output while it is written; never read by users
 * </pre>
 * Names starting with {@code _} are skipped by Spark's and Hadoop's readers, so {@code spark.read.parquet("out/articles")}
 * sees only committed data.
 */
public record OutputLayout(Path root) {
    public OutputLayout {
        Objects.requireNonNull(root, "root");
    }

    public Path table(String name) {
        return new Path(root, name);
    }

    public Path summary() {
        return new Path(root, "_summary.json");
    }

    public Path commits() {
        return new Path(root, "_veille/commits");
    }

    public Path staging() {
        return new Path(root, "_veille/staging");
    }

    public Path staging(String batch) {
        return new Path(staging(), batch);
    }
}
