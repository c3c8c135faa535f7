package org.vigil.bench.cascade;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Times Monte Carlo cascades: 1,000 runs over a generated 5,000-asset graph (each asset depends on
 * 4 others, likelihoods 0.05–0.95, a tenth of the assets with a redundant pair of suppliers; fixed
 * seed), median of 5 after warm-up, on all cores and on one thread. The target is 1,000 runs in
 * under 2 s on 2 cores.
 *
 * <pre>
 *   java -cp bench/target/classes:bench/target/lib/* org.vigil.bench.cascade.MonteCarloBenchmark \
 *       [--assets 5000] [--runs 1000] [--repeats 5] [--warmup 3] [--seed 1]
 * </pre>
 */
public final class MonteCarloBenchmark {

    private static final double TARGET_SECONDS = 2.0;
    private static final int DEPENDENCIES_PER_ASSET = 4;
    private static final int START_ASSETS = 5;

    private MonteCarloBenchmark() {}

    public static void main(String[] args) {
        int assets = option(args, "--assets", 5_000);
        int runs = option(args, "--runs", 1_000);
        int repeats = option(args, "--repeats", 5);
        int warmup = option(args, "--warmup", 3);
        long seed = option(args, "--seed", 1);

        CascadeGraph graph = randomGraph(assets, seed);
        List<StartCondition> start = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int i = 0; i < START_ASSETS; i++) {
            start.add(StartCondition.failed(graph.assetId(random.nextInt(assets)), 0));
        }
        System.out.printf(
                "graph: %,d assets, %,d dependencies, %,d redundancy groups; %d start assets; %d cores; load %s%n",
                graph.assetCount(),
                graph.dependencyCount(),
                graph.groupCount(),
                start.size(),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());

        time("all cores", new MonteCarloCascade(CascadeSettings.DEFAULTS), graph, start, runs, repeats, warmup);
        time("one thread", MonteCarloCascade.sequential(CascadeSettings.DEFAULTS), graph, start, runs, repeats, warmup);
        System.out.printf("load afterwards %s%n", loadAverage());
    }

    private static void time(
            String label,
            MonteCarloCascade monteCarlo,
            CascadeGraph graph,
            List<StartCondition> start,
            int runs,
            int repeats,
            int warmup) {
        MonteCarloResult last = null;
        for (int i = 0; i < warmup; i++) {
            last = monteCarlo.run(graph, start, runs, i);
        }
        double[] seconds = new double[repeats];
        double[] cpuSeconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long cpu = processCpuNanos();
            long begin = System.nanoTime();
            last = monteCarlo.run(graph, start, runs, 1_000 + i);
            seconds[i] = (System.nanoTime() - begin) / 1e9;
            cpuSeconds[i] = (processCpuNanos() - cpu) / 1e9;
        }
        double median = median(seconds);
        System.out.printf(
                "%-10s %,d runs: median %.3f s wall (%s), %,.0f runs/s, %s the %.0f s target;"
                        + " median %.3f s CPU; mean blast radius %.0f assets%n",
                label,
                runs,
                median,
                Arrays.toString(Arrays.stream(seconds)
                        .map(s -> Math.round(s * 1000) / 1000.0)
                        .toArray()),
                runs / median,
                median < TARGET_SECONDS ? "within" : "OVER",
                TARGET_SECONDS,
                median(cpuSeconds),
                last.blastRadiusEver().mean());
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU time of the whole process: what the runs cost whatever else the machine is doing. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
