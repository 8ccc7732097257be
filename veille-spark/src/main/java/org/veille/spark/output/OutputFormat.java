package org.veille.spark.output;

/** What the job writes. */
public enum OutputFormat {
    /** Parquet tables {@code articles}, {@code quotes}, {@code entities}, partitioned by language. */
    parquet,
    /** {@code articles/*.jsonl}: the CLI's {@code veille.article/4} records, one per line. */
    jsonl
}
