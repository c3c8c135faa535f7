package org.vigil.bench.cascade;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.vigil.core.cascade.CascadeGraph;

/** What {@link CascadeBenchmark} prints: the machine, each graph and run, the table, the targets. */
final class CascadeReport {

    /** The issue's targets, for one propagation over the generated model of this many assets. */
    static final int TARGET_ASSETS = 1_000_000;

    static final double TARGET_MILLIS = 1_000;
    static final double TARGET_RATIO = 0.5;

    private static final long MIB = 1024 * 1024;
    private static final String ROW = "%-24s %-24s %10s %23s %7s %10s %7s %10s %11s %11s %10s%n";

    private CascadeReport() {}

    /** The one-minute load average of the machine: other work competing for its processors. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String mib(double bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / MIB);
    }

    static void machine(CascadeBenchOptions options) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "Java %s (%s), %d processors, common pool parallelism %d, load average %.2f, max heap %s, GC %s%n"
                        + "seed %d, %d start assets failed at minute 0, %d timed runs per tool and graph%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                rt.availableProcessors(),
                ForkJoinPool.getCommonPoolParallelism(),
                load(),
                mib(rt.maxMemory()),
                String.join(
                        "+",
                        ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(GarbageCollectorMXBean::getName)
                                .toList()),
                options.seed(),
                options.starts(),
                options.runs());
    }

    static void workload(Workload workload, double load) {
        CascadeGraph g = workload.graph();
        System.out.printf(
                Locale.ROOT,
                "%n%s: %,d assets, %,d dependencies, %,d redundancy groups; start %s; load average %.2f%n"
                        + "  Vigil graph: built in %,.0f ms (reading or generating included), %s of heap%n",
                workload.name(),
                g.assetCount(),
                g.dependencyCount(),
                g.groupCount(),
                workload.startAssets(),
                load,
                workload.buildMillis(),
                mib(workload.graphBytes()));
    }

    static void peerGraph(JGraphTPeer peer, double millis, long bytes) {
        System.out.printf(
                Locale.ROOT,
                "  JGraphT graph: %,d vertices (super-source included), %,d edges, built from Vigil's in %,.0f ms,"
                        + " %s of heap%n",
                peer.vertexCount(),
                peer.edgeCount(),
                millis,
                mib(bytes));
    }

    static void run(int r, Timings vigil, Timings peer) {
        System.out.printf(
                Locale.ROOT,
                "  run %d (load average %.2f): Vigil %,.1f ms (CPU %,.1f ms), JGraphT %,.1f ms (CPU %,.1f ms)%n",
                r,
                load(),
                vigil.lastMillis(),
                vigil.lastCpuMillis(),
                peer.lastMillis(),
                peer.lastCpuMillis());
    }

    /** The table over all graphs: medians with min and max, ratio of the medians, memory. */
    static void table(List<CascadeBenchmark.Comparison> comparisons) {
        System.out.printf(Locale.ROOT, "%nload average now %.2f%n", load());
        System.out.printf(
                Locale.ROOT,
                ROW,
                "graph",
                "tool",
                "median ms",
                "(min – max)",
                "ratio",
                "CPU ms",
                "ratio",
                "alloc/run",
                "peak heap",
                "graph heap",
                "built ms");
        for (CascadeBenchmark.Comparison c : comparisons) {
            CascadeGraph g = c.workload().graph();
            String graph = c.workload().name().replaceFirst(" \\(.*", "");
            String size = String.format(Locale.ROOT, "%,d / %,d", g.assetCount(), g.dependencyCount());
            String load = String.format(Locale.ROOT, "load average %.2f → %.2f", c.loadBefore(), c.loadAfter());
            row(
                    graph,
                    c.vigil(),
                    String.format(Locale.ROOT, "%.3f", c.ratio()),
                    String.format(Locale.ROOT, "%.3f", c.cpuRatio()),
                    c.workload().graphBytes(),
                    c.workload().buildMillis());
            row(size, c.peer(), "1", "1", c.peerBytes(), c.peerBuildMillis());
            System.out.println(load);
        }
        System.out.println("median ms: wall-clock time of one run over the timed runs; ratio: Vigil's median over"
                + " JGraphT's; CPU ms: CPU time of all Java threads in a run (both cores' worth for Vigil);"
                + " alloc/run: bytes a run allocates; peak heap: most heap in use during the tool's runs (both"
                + " graphs and garbage included); graph heap: what the tool's graph keeps; built ms: making the graph"
                + " (Vigil: reading or generating it too; JGraphT: from Vigil's arrays), not timed.");
    }

    private static void row(
            String graph, Timings t, String ratio, String cpuRatio, long graphBytes, double builtMillis) {
        System.out.printf(
                Locale.ROOT,
                ROW,
                graph,
                t.tool(),
                String.format(Locale.ROOT, "%,.1f", t.medianMillis()),
                String.format(Locale.ROOT, "(%,.1f – %,.1f)", t.minMillis(), t.maxMillis()),
                ratio,
                String.format(Locale.ROOT, "%,.1f", t.medianCpuMillis()),
                cpuRatio,
                mib(t.medianAllocated()),
                mib(t.peakHeap()),
                mib(graphBytes),
                String.format(Locale.ROOT, "%,.0f", builtMillis));
    }

    /** The issue's targets for one propagation over the generated model. */
    static void targets(CascadeBenchmark.Comparison generated) {
        int assets = generated.workload().graph().assetCount();
        double millis = generated.vigil().medianMillis();
        double ratio = generated.ratio();
        System.out.printf(
                Locale.ROOT,
                "target, one propagation over %,d assets on %d cores: < 1 s %s (%,.0f ms), <= 0.5x JGraphT %s (%.3f)%s%n",
                assets,
                Runtime.getRuntime().availableProcessors(),
                millis < TARGET_MILLIS ? "met" : "MISSED",
                millis,
                ratio <= TARGET_RATIO ? "met" : "MISSED",
                ratio,
                assets == TARGET_ASSETS
                        ? ""
                        : String.format(Locale.ROOT, " (the targets are set for %,d assets)", TARGET_ASSETS));
        double cpu = generated.vigil().medianCpuMillis();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "  CPU per propagation %,.0f ms: even with all %d cores to itself a run takes at least %,.0f ms"
                        + " (load average %.2f → %.2f)%n",
                cpu,
                cores,
                cpu / cores,
                generated.loadBefore(),
                generated.loadAfter());
    }
}
