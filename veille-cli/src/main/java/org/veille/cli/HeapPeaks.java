package org.veille.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Collectors;

/** Peak heap use as the JVM's memory pools record it, and the collector managing them, for the bench commands. */
final class HeapPeaks {
    private HeapPeaks() {
    }

    /** Collects garbage and starts the pools' peaks afresh. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap in use now (after {@link #reset()}: what survived its collection). */
    static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The sum of the heap pools' peaks since {@link #reset()}. The pools peak at different moments, so
     * the sum overstates the true peak; callers bound it by the maximum heap.
     */
    static long sum() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * The JVM's garbage collectors as it names them ("PS Scavenge, PS MarkSweep" for the parallel one,
     * "G1 Young Generation, ..." for G1): the collector moves the ingesting thread's rate by several per
     * cent through its write barriers, so a report says which one ran.
     */
    static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }

    /**
     * The cores this JVM may run on, for a report's first line: fewer than the machine's when it was pinned
     * ({@code taskset -c 0}), which is how a rate "on one core" is measured with merges, GC and JIT included.
     */
    static String cores() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores == 1 ? "1 core" : cores + " cores";
    }
}
