package org.vigil.bench.cascade;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one timed run used besides wall-clock time: the CPU time of all Java threads (the caller
 * and the pool's workers; the collector's and compiler's native threads are not counted — their
 * cost shows in wall-clock time and in the bytes allocated), to the nanosecond, which on a shared
 * machine says what a run cost when the wall clock also says how long it waited for a core; the
 * most heap in use (garbage included, sampled every millisecond); and the bytes all Java threads
 * allocated. The sampler's own thread is left out. One run at a time.
 */
final class RunProbe {

    /** What a run used. */
    record Use(long cpuNanos, long peakHeap, long allocated) {}

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean sampling;
    private Thread sampler;
    private Map<Long, long[]> before;

    RunProbe() {
        threads.setThreadAllocatedMemoryEnabled(true);
        threads.setThreadCpuTimeEnabled(true);
    }

    void start() {
        peak.set(usedHeap());
        sampling = true;
        sampler = new Thread(
                () -> {
                    while (sampling) {
                        peak.accumulateAndGet(usedHeap(), Math::max);
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        before = byThread();
    }

    Use stop() throws InterruptedException {
        Map<Long, long[]> after = byThread();
        peak.accumulateAndGet(usedHeap(), Math::max);
        sampling = false;
        sampler.join();
        long cpu = 0;
        long allocated = 0;
        for (Map.Entry<Long, long[]> thread : after.entrySet()) {
            if (thread.getKey() != sampler.getId()) {
                long[] was = before.getOrDefault(thread.getKey(), new long[2]);
                cpu += thread.getValue()[0] - was[0];
                allocated += thread.getValue()[1] - was[1];
            }
        }
        return new Use(cpu, peak.get(), allocated);
    }

    /** The heap in use after a full collection: what is really kept. */
    static long liveHeap() {
        System.gc();
        return usedHeap();
    }

    /** Per live thread its CPU nanoseconds and allocated bytes so far. */
    private Map<Long, long[]> byThread() {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, long[]> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] >= 0 && bytes[i] >= 0) {
                byThread.put(ids[i], new long[] {cpu[i], bytes[i]});
            }
        }
        return byThread;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
