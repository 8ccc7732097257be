package org.veille.ingest.warc;

import java.util.Map;
import java.util.TreeMap;

/**
 * What reading archives gave: every record met is a document yielded, a failure (an error record)
 * or a skip under its {@link SkipReason#key() reason}.
 *
 * @param records   records met, damaged stretches included
 * @param documents records yielded as documents to process
 * @param failed    records that became error records (damaged, unreadable, too large)
 * @param skipped   records passed over, by reason key, in key order
 */
public record ArchiveCounts(long records, long documents, long failed, Map<String, Long> skipped) {

    public static final ArchiveCounts ZERO = new ArchiveCounts(0, 0, 0, Map.of());

    public ArchiveCounts {
        skipped = Map.copyOf(skipped);
    }

    /** Records skipped, all reasons together. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Documents, failures and skips together: every record accounted for once. */
    public long total() {
        return documents + failed + skippedTotal();
    }

    /** These counts added to {@code other}'s, e.g. over the files of a run. */
    public ArchiveCounts plus(ArchiveCounts other) {
        Map<String, Long> sum = new TreeMap<>(skipped);
        other.skipped.forEach((reason, n) -> sum.merge(reason, n, Long::sum));
        return new ArchiveCounts(records + other.records, documents + other.documents, failed + other.failed, sum);
    }

    /** These counts with {@code n} more records skipped for {@code reason}. */
    public ArchiveCounts plusSkipped(SkipReason reason, long n) {
        Map<String, Long> sum = new TreeMap<>(skipped);
        sum.merge(reason.key(), n, Long::sum);
        return new ArchiveCounts(records, documents, failed, sum);
    }

    /** Skipped counts in key order (the record's map has no order). */
    public Map<String, Long> skippedInOrder() {
        return new TreeMap<>(skipped);
    }
}
