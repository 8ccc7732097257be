package org.veille.spark.task;

import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.util.AccumulatorV2;

/**
 * A Spark accumulator of counts by reason ("not-response", "status-404", "language"…): the reasons are
 * not known before the archives are read, so a fixed set of {@code LongAccumulator}s cannot hold them.
 * Each task adds to its own copy; the driver merges them.
 */
public final class CountsByReason extends AccumulatorV2<Map<String, Long>, Map<String, Long>> {
    private static final long serialVersionUID = 1L;
    private final TreeMap<String, Long> counts = new TreeMap<>();

    @Override
    public boolean isZero() {
        synchronized (counts) {
            return counts.isEmpty();
        }
    }

    @Override
    public CountsByReason copy() {
        CountsByReason copy = new CountsByReason();
        copy.add(value());
        return copy;
    }

    @Override
    public void reset() {
        synchronized (counts) {
            counts.clear();
        }
    }

    @Override
    public void add(Map<String, Long> more) {
        synchronized (counts) {
            more.forEach((reason, n) -> counts.merge(reason, n, Long::sum));
        }
    }

    /** Adds {@code n} to one reason. */
    public void add(String reason, long n) {
        add(Map.of(reason, n));
    }

    @Override
    public void merge(AccumulatorV2<Map<String, Long>, Map<String, Long>> other) {
        add(other.value());
    }

    /** A snapshot, sorted by reason. */
    @Override
    public Map<String, Long> value() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }
}
