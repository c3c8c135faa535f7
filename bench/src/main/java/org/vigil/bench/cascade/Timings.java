package org.vigil.bench.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One tool's timed runs on one graph: durations and uses, summarised by median, min and max. */
final class Timings {

    private final String tool;
    private final List<Long> nanos = new ArrayList<>();
    private final List<RunProbe.Use> uses = new ArrayList<>();

    Timings(String tool) {
        this.tool = tool;
    }

    void add(long runNanos, RunProbe.Use use) {
        nanos.add(runNanos);
        uses.add(use);
    }

    String tool() {
        return tool;
    }

    int runs() {
        return nanos.size();
    }

    /** The latest run, in milliseconds. */
    double lastMillis() {
        return nanos.get(nanos.size() - 1) / 1e6;
    }

    double medianMillis() {
        return median(nanos.stream().mapToDouble(n -> n / 1e6).toArray());
    }

    double minMillis() {
        return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6;
    }

    double maxMillis() {
        return nanos.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6;
    }

    /** CPU time of the whole process during a run, median over the runs. */
    double medianCpuMillis() {
        return median(uses.stream().mapToDouble(u -> u.cpuNanos() / 1e6).toArray());
    }

    double lastCpuMillis() {
        return uses.get(uses.size() - 1).cpuNanos() / 1e6;
    }

    /** Bytes allocated by a run, median over the runs. */
    double medianAllocated() {
        return median(uses.stream().mapToDouble(RunProbe.Use::allocated).toArray());
    }

    /** The most heap in use during any run, garbage and both tools' graphs included. */
    long peakHeap() {
        return uses.stream().mapToLong(RunProbe.Use::peakHeap).max().orElseThrow();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
