package org.vigil.bench.nab;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** What {@link NabBenchmark} prints. */
final class NabReport {

    private static final double TARGET_RATE = 100_000;
    private static final long TARGET_BYTES = 1024 * 1024;

    private NabReport() {}

    static void machine(NabCorpus corpus) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "Java %s, %d processors, load average %.2f, max heap %,d MiB%n"
                        + "NAB corpus: %d series, %,d points, %d windows; probation 15 %% of each series (at most 750"
                        + " points)%n%n",
                System.getProperty("java.version"),
                rt.availableProcessors(),
                load(),
                rt.maxMemory() / (1024 * 1024),
                corpus.series().size(),
                corpus.points(),
                corpus.windows());
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void check(String name, List<NabScorer.Result> results) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "scorer check, %-16s", name));
        for (NabScorer.Result r : results) {
            line.append(String.format(Locale.ROOT, "  %s %.2f", r.profile().name(), r.normalised()));
        }
        System.out.println(line);
    }

    static void detector(DetectorOutcome outcome) {
        System.out.printf(
                Locale.ROOT,
                "%n%s: %,.0f points/s on one core (first pass, compiling as it went: %,.0f; load average %.2f);"
                        + " heap per stream %s; saved state mean %s, largest %s%n",
                outcome.name(),
                outcome.pointsPerSecond(),
                outcome.firstPassPointsPerSecond(),
                load(),
                outcome.heapPerStream() < 0 ? "not measured" : kib(outcome.heapPerStream()),
                kib(outcome.meanSnapshot()),
                kib(outcome.maxSnapshot()));
        for (NabScorer.Result r : outcome.scores()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-20s %6.2f  threshold %.4f, %d of %d windows detected, %d false positive points%n",
                    r.profile().name(),
                    r.normalised(),
                    r.threshold(),
                    r.detectedWindows(),
                    r.windows(),
                    r.falsePositives());
        }
        StringBuilder fixed = new StringBuilder(String.format(
                Locale.ROOT,
                "  at its own alert threshold %.2f instead:",
                outcome.atAlertThreshold().get(0).threshold()));
        for (NabScorer.Result r : outcome.atAlertThreshold()) {
            fixed.append(String.format(Locale.ROOT, " %s %.2f", r.profile().name(), r.normalised()));
        }
        System.out.println(fixed);
    }

    static void perSeries(NabCorpus corpus, List<NabScorer.Result> results) {
        System.out.println("  standard profile by series (raw score, windows detected, false positives):");
        for (int i = 0; i < results.size(); i++) {
            NabScorer.Result r = results.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "    %-58s %6.2f  %d/%d  fp %d%n",
                    corpus.series().get(i).path(),
                    r.raw(),
                    r.detectedWindows(),
                    r.windows(),
                    r.falsePositives());
        }
    }

    /** Vigil's detectors among NAB's published ones, best standard score first. */
    static void table(List<CostProfile> profiles, List<DetectorOutcome> ours, PublishedScores published) {
        System.out.printf(Locale.ROOT, "%n%-26s", "detector");
        for (CostProfile p : profiles) {
            System.out.printf(Locale.ROOT, " %20s", p.name());
        }
        System.out.println();
        record Row(String name, double[] scores, boolean vigil) {}
        List<Row> rows = new java.util.ArrayList<>();
        for (DetectorOutcome o : ours) {
            rows.add(new Row(
                    o.name(),
                    profiles.stream().mapToDouble(p -> o.score(p.name())).toArray(),
                    true));
        }
        for (String name : published.ranked()) {
            rows.add(new Row(
                    name,
                    profiles.stream()
                            .mapToDouble(p -> published.score(name, p.name()))
                            .toArray(),
                    false));
        }
        rows.sort((a, b) -> Double.compare(b.scores()[0], a.scores()[0]));
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-26s", (row.vigil() ? "* " : "  ") + row.name());
            for (double s : row.scores()) {
                System.out.printf(Locale.ROOT, " %20.2f", s);
            }
            System.out.println();
        }
        System.out.println("* measured now, without looking ahead; the others as NAB publishes them");
    }

    static boolean targets(DetectorOutcome standard, double targetScore) {
        double score = standard.score(CostProfile.STANDARD.name());
        boolean scoreMet = score >= targetScore;
        boolean rateMet = standard.pointsPerSecond() >= TARGET_RATE;
        boolean memoryMet = standard.heapPerStream() <= TARGET_BYTES && standard.maxSnapshot() <= TARGET_BYTES;
        System.out.printf(
                Locale.ROOT,
                "%ntargets for %s: standard score >= %.0f %s (%.2f); >= 100,000 points/s per core %s (%,.0f);"
                        + " <= 1 MiB per stream %s%n",
                standard.name(),
                targetScore,
                scoreMet ? "met" : "MISSED",
                score,
                rateMet ? "met" : "MISSED",
                standard.pointsPerSecond(),
                memoryMet ? "met" : "MISSED");
        return scoreMet;
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f KiB", bytes / 1024.0);
    }
}
