package org.vigil.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during a phase: the highest heap in use, sampled every 5 ms, and the heap left after each
 * garbage collection (what the phase really keeps), from the collectors' notifications, placed in
 * the tenth of the phase it happened in: by the phase's own progress when it reports one, else by
 * time. One phase at a time.
 */
final class HeapWatch {

    private record AfterGc(long nanoTime, double progress, long bytes) {}

    private final AtomicLong peak = new AtomicLong();
    private final List<AfterGc> afterGc = new ArrayList<>();
    private volatile boolean sampling;
    private volatile DoubleSupplier progress;
    private Thread sampler;
    private long started;

    HeapWatch() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed())
                    .sum();
            synchronized (afterGc) {
                if (sampling) {
                    DoubleSupplier p = progress;
                    afterGc.add(new AfterGc(System.nanoTime(), p == null ? Double.NaN : p.getAsDouble(), used));
                }
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** Starts watching a phase; {@code progress} (0 to 1) places collections in it, null for by time. */
    void start(DoubleSupplier progress) {
        System.gc();
        this.progress = progress;
        peak.set(usedHeap());
        synchronized (afterGc) {
            afterGc.clear();
            sampling = true;
        }
        started = System.nanoTime();
        sampler = new Thread(
                () -> {
                    while (sampling) {
                        peak.accumulateAndGet(usedHeap(), Math::max);
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Ends the phase; {@code live} are the heaps {@link #live()} measured during it, or null. */
    Phase.HeapUse stop(long[] live) throws InterruptedException {
        long ended = System.nanoTime();
        peak.accumulateAndGet(usedHeap(), Math::max);
        synchronized (afterGc) {
            sampling = false;
        }
        sampler.join();
        long[] tenths = new long[10];
        Arrays.fill(tenths, -1);
        synchronized (afterGc) {
            long span = Math.max(1, ended - started);
            for (AfterGc gc : afterGc) {
                double at = Double.isNaN(gc.progress()) ? (double) (gc.nanoTime() - started) / span : gc.progress();
                int tenth = (int) Math.min(9, Math.max(0, at * 10));
                tenths[tenth] = Math.max(tenths[tenth], gc.bytes());
            }
        }
        return new Phase.HeapUse(peak.get(), tenths, live);
    }

    /** The heap still in use after a full collection: what is really kept. */
    static long live() {
        System.gc();
        return usedHeap();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
