package org.vigil.bench.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeGraphBuilder;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.MonteCarloCascade;
import org.vigil.core.cascade.MonteCarloResult;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;

/**
 * The second target, timed for {@link CascadeBenchmark}: {@value #RUNS} Monte Carlo runs
 * ({@link MonteCarloCascade}, default settings) on a graph of about 5,000 assets in under {@value
 * #TARGET_MILLIS} ms on 2 cores. Each timing is one whole {@code run(graph, start, 1000, seed)}, a
 * new seed each time; after warm-up, the median of the timed repeats is reported with its CPU time,
 * on all cores (the common pool and the caller) and on one thread.
 *
 * <p>The reference graph is {@link #randomGraph}: each asset depends on {@value
 * #DEPENDENCIES_PER_ASSET} random others, likelihoods 0.05–0.95, a tenth of the assets with a
 * redundant pair of suppliers; cascades from it spread to most of the graph, so a run costs what a
 * full one does.
 */
final class MonteCarloTiming {

    static final int RUNS = 1_000;
    static final double TARGET_MILLIS = 2_000;
    static final int ASSETS = 5_000;
    static final int START_ASSETS = 5;

    private static final int DEPENDENCIES_PER_ASSET = 4;

    /** Seeds of the timed repeats start here, so they differ from the warm-up's. */
    private static final long TIMED_SEEDS = 1_000;

    /** One graph's timings: median wall-clock and CPU milliseconds of {@value #RUNS} runs. */
    record Result(
            String graph,
            String threads,
            int assets,
            double medianMillis,
            double minMillis,
            double maxMillis,
            double medianCpuMillis,
            double meanBlastRadius) {

        boolean met() {
            return medianMillis < TARGET_MILLIS;
        }
    }

    private MonteCarloTiming() {}

    /** Times the runs on all cores and on one thread. */
    static List<Result> time(String name, CascadeGraph graph, List<StartCondition> start, int repeats, int warmup)
            throws InterruptedException {
        List<Result> results = new ArrayList<>();
        results.add(time(
                name, "all cores", new MonteCarloCascade(CascadeSettings.DEFAULTS), graph, start, repeats, warmup));
        results.add(time(
                name,
                "one thread",
                MonteCarloCascade.sequential(CascadeSettings.DEFAULTS),
                graph,
                start,
                repeats,
                warmup));
        return results;
    }

    private static Result time(
            String name,
            String threads,
            MonteCarloCascade monteCarlo,
            CascadeGraph graph,
            List<StartCondition> start,
            int repeats,
            int warmup)
            throws InterruptedException {
        for (int i = 0; i < warmup; i++) {
            monteCarlo.run(graph, start, RUNS, i);
        }
        Timings timings = new Timings(threads);
        RunProbe probe = new RunProbe();
        MonteCarloResult last = null;
        for (int i = 0; i < repeats; i++) {
            System.gc();
            probe.start();
            long t0 = System.nanoTime();
            last = monteCarlo.run(graph, start, RUNS, TIMED_SEEDS + i);
            timings.add(System.nanoTime() - t0, probe.stop());
        }
        return new Result(
                name,
                threads,
                graph.assetCount(),
                timings.medianMillis(),
                timings.minMillis(),
                timings.maxMillis(),
                timings.medianCpuMillis(),
                last.blastRadiusEver().mean());
    }

    static void report(List<Result> results, double loadBefore, double loadAfter) {
        System.out.printf(
                Locale.ROOT,
                "%nMonte Carlo, %,d runs per timing (target < %,.0f ms on 2 cores, all cores)%n%-24s %-11s %8s %10s"
                        + " %23s %10s %12s %8s%n",
                RUNS,
                TARGET_MILLIS,
                "graph",
                "threads",
                "assets",
                "median ms",
                "(min – max)",
                "CPU ms",
                "blast radius",
                "target");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-24s %-11s %,8d %,10.1f %23s %,10.1f %,12.0f %8s%n",
                    r.graph(),
                    r.threads(),
                    r.assets(),
                    r.medianMillis(),
                    String.format(Locale.ROOT, "(%,.1f – %,.1f)", r.minMillis(), r.maxMillis()),
                    r.medianCpuMillis(),
                    r.meanBlastRadius(),
                    r.met() ? "met" : "MISSED");
        }
        System.out.printf(
                Locale.ROOT,
                "blast radius: mean assets hit per run, start assets included; load average %.2f → %.2f%n",
                loadBefore,
                loadAfter);
    }

    /** {@code count} distinct start assets drawn with the seed, failed at minute 0. */
    static List<StartCondition> startSet(CascadeGraph graph, long seed) {
        return Workload.randomStartSet(graph, START_ASSETS, seed).stream()
                .map(a -> StartCondition.failed(graph.assetId(a), 0))
                .toList();
    }

    /** Each asset depends on 4 random others; a tenth have their first two suppliers as a redundant pair. */
    static CascadeGraph randomGraph(int assets, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CascadeGraphBuilder builder = CascadeGraph.builder();
        int owner = builder.addOrganisation("org");
        Layer[] layers = Layer.values();
        for (int a = 0; a < assets; a++) {
            builder.addAsset("asset-" + a, layers[random.nextInt(layers.length)], owner, 1 + random.nextInt(5));
        }
        ImpactGrowth[] growths = ImpactGrowth.values();
        for (int to = 0; to < assets; to++) {
            boolean redundant = random.nextInt(10) == 0;
            for (int d = 0; d < DEPENDENCIES_PER_ASSET; d++) {
                int from = random.nextInt(assets);
                builder.addDependency(
                        from,
                        to,
                        0.05 + 0.9 * random.nextDouble(),
                        random.nextInt(4) == 0 ? 0 : random.nextInt(120),
                        growths[random.nextInt(growths.length)],
                        random.nextInt(240),
                        0.2 + 0.8 * random.nextDouble(),
                        redundant && d < 2 ? "pair" : null);
            }
        }
        return builder.build();
    }
}
