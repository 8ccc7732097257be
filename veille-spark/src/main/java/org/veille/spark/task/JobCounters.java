package org.veille.spark.task;

import java.io.Serializable;
import java.util.Map;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counters, registered on the driver and added to by every task: files read, records read
 * (web-archive records, or 1 for a page file), records skipped by reason, error records and articles
 * written. Every record read is either skipped or written as an article or an error, so
 * {@code records = skipped + failed + articles} when the job ends.
 *
 * <p>Spark adds a task's updates again when it re-runs the task (after an executor loss, or
 * speculation), so the counts can exceed the output after retries; the output itself never holds a
 * retried task's rows twice.
 */
public final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LongAccumulator files;
    private final LongAccumulator records;
    private final LongAccumulator failed;
    private final LongAccumulator articles;
    private final CountsByReason skipped;

    private JobCounters(LongAccumulator files, LongAccumulator records, LongAccumulator failed, LongAccumulator articles,
                        CountsByReason skipped) {
        this.files = files;
        this.records = records;
        this.failed = failed;
        this.articles = articles;
        this.skipped = skipped;
    }

    /** Fresh counters registered with {@code spark}, named so they show in the Spark UI. */
    public static JobCounters register(SparkContext spark) {
        CountsByReason skipped = new CountsByReason();
        spark.register(skipped, "veille: records skipped");
        return new JobCounters(spark.longAccumulator("veille: files read"), spark.longAccumulator("veille: records read"),
                spark.longAccumulator("veille: error records"), spark.longAccumulator("veille: articles out"), skipped);
    }

    void fileRead() {
        files.add(1);
    }

    void recordsRead(long n) {
        records.add(n);
    }

    void skipped(String reason, long n) {
        if (n > 0) {
            skipped.add(reason, n);
        }
    }

    void written(boolean error) {
        (error ? failed : articles).add(1);
    }

    /** The counts so far; on the driver, after an action, they include every finished task. */
    public Counts snapshot() {
        return new Counts(files.value(), records.value(), skipped.value(), failed.value(), articles.value());
    }

    /**
     * The job's counts at one moment.
     *
     * @param files    input files read
     * @param records  records read: web-archive records, 1 per page file
     * @param skipped  records skipped (not written), by reason
     * @param failed   error records written
     * @param articles articles written
     */
    public record Counts(long files, long records, Map<String, Long> skipped, long failed, long articles) {
        public Counts {
            skipped = Map.copyOf(skipped);
        }

        public long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
