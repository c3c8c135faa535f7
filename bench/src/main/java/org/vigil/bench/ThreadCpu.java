package org.vigil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time per thread name over a phase, for the ingest's stage threads, which end with the phase:
 * each live thread's CPU time is polled every 20 ms and the last value seen counts (a thread loses at
 * most its final 20 ms). Threads of one name (a pool, or one stage per run) are added up.
 */
final class ThreadCpu implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> start = new HashMap<>();
    private final Map<Long, Long> last = new HashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    ThreadCpu() {
        poll();
        for (Map.Entry<Long, Long> e : last.entrySet()) {
            start.put(e.getKey(), e.getValue());
        }
        poller = new Thread(
                () -> {
                    while (running) {
                        poll();
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "thread-cpu-poller");
        poller.setDaemon(true);
        poller.start();
    }

    private synchronized void poll() {
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu < 0) {
                continue;
            }
            if (!names.containsKey(id)) {
                ThreadInfo info = threads.getThreadInfo(id);
                if (info == null) {
                    continue;
                }
                names.put(id, info.getThreadName());
            }
            last.put(id, cpu);
        }
    }

    /** CPU nanoseconds per thread name since this was made. */
    synchronized Map<String, Long> byName() {
        Map<String, Long> sums = new TreeMap<>();
        for (Map.Entry<Long, Long> e : last.entrySet()) {
            long used = e.getValue() - start.getOrDefault(e.getKey(), 0L);
            String name = names.get(e.getKey()).replaceAll("[-#]?\\d+$", "");
            sums.merge(name, used, Long::sum);
        }
        return sums;
    }

    @Override
    public void close() throws InterruptedException {
        poll();
        running = false;
        poller.interrupt();
        poller.join();
    }
}
