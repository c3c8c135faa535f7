package org.vigil.bench.nab;

import java.lang.management.ManagementFactory;

/**
 * The heap a set of detectors keeps: live heap (after full collections) while they are held, minus
 * after they are let go. Approximate (the collector may leave some garbage), so taken as the smaller
 * of two tries.
 */
final class StreamMemory {

    private StreamMemory() {}

    static long liveHeap() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(
                    least,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
