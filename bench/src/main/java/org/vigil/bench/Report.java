package org.vigil.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigil.core.ingest.IngestCounts;

/** What {@link IngestBenchmark} prints: the machine, each run, and the table of all runs. */
final class Report {

    private static final long MIB = 1024 * 1024;
    private static final double TARGET_RATE = 100_000;
    private static final double TARGET_RATIO = 0.3;

    private Report() {}

    static String mib(long bytes) {
        return bytes < 0 ? "no GC" : String.format(Locale.ROOT, "%,.0f MiB", bytes / (double) MIB);
    }

    static void machine(Path eve, long events, long size) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "Java %s (%s), %d processors, load average %.2f, max heap %s, GC %s%n"
                        + "file %s: %,d events, %s (%.0f bytes/event)%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                rt.availableProcessors(),
                load(),
                mib(rt.maxMemory()),
                String.join(
                        "+",
                        ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(GarbageCollectorMXBean::getName)
                                .toList()),
                eve,
                events,
                mib(size),
                (double) size / events);
    }

    /** The one-minute load average of the machine: other work competing for its processors. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One line per ingest phase of a run; returns whether its counts add up and it stored all N events. */
    static boolean ingest(String name, Phase phase, Phase raw, long events) {
        IngestCounts c = phase.counts();
        boolean addsUp = c.addsUp();
        boolean allStored = c.stored() == events;
        System.out.printf(
                Locale.ROOT,
                "  %-22s %,9.0f ev/s (ratio %.3f)  read %,d = stored %,d + duplicates %,d + quarantined %,d %s;"
                        + " unmapped %,d;%s peak heap %s, after GC %s%n",
                name,
                phase.rate(),
                phase.rate() / raw.rate(),
                c.read(),
                c.stored(),
                c.duplicates(),
                c.quarantined(),
                addsUp ? "ok" : "MISMATCH",
                c.unmapped(),
                phase.incidents() < 0 ? "" : " incidents " + phase.incidents() + ";",
                mib(phase.heap().peak()),
                mib(phase.heap().afterGc()));
        if (!allStored) {
            System.out.printf(Locale.ROOT, "  NOT ALL STORED: %,d of %,d%n", c.stored(), events);
        }
        return addsUp && allStored;
    }

    /** Heap after collections through an ingest: flat memory shows as level figures. */
    static void heapOverTime(Phase phase) {
        long[] tenths = phase.heap().afterGcByTenth();
        System.out.println("  heap after GC, most per tenth of the ingest: "
                + String.join(" | ", Arrays.stream(tenths).mapToObj(Report::mib).toList()));
        long[] live = phase.heap().live();
        if (live != null) {
            System.out.printf(
                    Locale.ROOT,
                    "  live heap after a full GC at 10 %%: %s, 50 %%: %s, 100 %%: %s%n",
                    mib(live[0]),
                    mib(live[1]),
                    mib(live[2]));
        }
    }

    /** The table over all runs: min, median and max rate per phase, ratios to the raw parse. */
    static void table(long events, long size, int runs, List<Phase> raw, List<Row> rows) {
        System.out.printf(
                Locale.ROOT, "%n%,d events, %s, %d run(s), load average now %.2f%n", events, mib(size), runs, load());
        String format = "%-40s %11s %11s %11s %8s %10s %10s%n";
        System.out.printf(Locale.ROOT, format, "phase", "min ev/s", "median", "max", "ratio", "peak heap", "after GC");
        row(format, new Row("raw Jackson streaming parse (the peer)", raw), raw);
        for (Row row : rows) {
            row(format, row, raw);
        }
        double rawMedian = median(rates(raw));
        Row last = rows.get(rows.size() - 1);
        double ingestMedian = median(rates(last.phases()));
        System.out.printf(
                Locale.ROOT,
                "raw parse %,.0f MiB/s; %s %,.0f MiB/s (medians)%n",
                rawMedian * size / events / MIB,
                last.name(),
                ingestMedian * size / events / MIB);
        System.out.printf(
                Locale.ROOT,
                "target for %s: >= 100,000 ev/s %s (%.0f %%), ratio >= 0.3 %s (%.3f)%n",
                last.name(),
                ingestMedian >= TARGET_RATE ? "met" : "MISSED",
                100 * ingestMedian / TARGET_RATE,
                ingestMedian / rawMedian >= TARGET_RATIO ? "met" : "MISSED",
                ingestMedian / rawMedian);
    }

    /** A phase's runs under a name. */
    record Row(String name, List<Phase> phases) {}

    private static void row(String format, Row row, List<Phase> raw) {
        double[] rates = rates(row.phases());
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        // the ratio of the medians: each run's ratio is printed with the run
        double ratio = median(rates) / median(rates(raw));
        System.out.printf(
                Locale.ROOT,
                format,
                row.name(),
                String.format(Locale.ROOT, "%,.0f", sorted[0]),
                String.format(Locale.ROOT, "%,.0f", median(sorted)),
                String.format(Locale.ROOT, "%,.0f", sorted[sorted.length - 1]),
                String.format(Locale.ROOT, "%.3f", ratio),
                mib(row.phases().stream().mapToLong(p -> p.heap().peak()).max().orElse(0)),
                mib(row.phases().stream()
                        .mapToLong(p -> p.heap().afterGc())
                        .max()
                        .orElse(-1)));
    }

    private static double[] rates(List<Phase> phases) {
        return phases.stream().mapToDouble(Phase::rate).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
