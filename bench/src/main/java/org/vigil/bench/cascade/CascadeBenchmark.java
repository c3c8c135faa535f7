package org.vigil.bench.cascade;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;

/**
 * The cascade engine against its natural peer, in the same JVM and the same run: one full
 * time-phased propagation ({@link TimePhasedCascade}, default settings, its passes in parallel)
 * from a start set, against JGraphT's {@code DijkstraShortestPath} from the same start set over the
 * same graph (earliest impact time is a shortest-path problem; see {@link JGraphTPeer}).
 *
 * <p>Graphs: a real topology given with {@code --grid} (the US Western States power grid, each
 * line a dependency each way, standard parameters, delays drawn with the seed) and a generated
 * model of {@code --assets} assets and {@code --dependencies} dependencies ({@link
 * GeneratedModel}). Building either tool's graph is reported, not timed.
 *
 * <p>Method, per graph: one run of each tool whose results are checked against each other ({@link
 * OnsetCheck}; on a graph with redundancy groups, also both tools on it without the group edges,
 * which must agree exactly; a mismatch fails the benchmark), then warm-up runs ({@code --warmup},
 * and on a small graph more, until each tool has run for {@link #MIN_WARMUP_NANOS}), then {@code
 * --runs} timed runs of each, interleaved and alternating which goes first, each after a full
 * collection so neither pays for the other's garbage. Reported: the median wall-clock time with
 * min and max, the ratio of the medians, the CPU time of a run (the machine may be shared), the
 * bytes a run allocates, the peak heap, each graph's heap, and the load average of the machine
 * before and after. Then the Monte Carlo target ({@link MonteCarloTiming}): the median of {@code
 * --runs} timings of 1,000 runs each.
 *
 * <pre>
 * CascadeBenchmark [--grid EDGE_LIST] [--assets N] [--dependencies M] [--runs R] [--warmup W]
 *                  [--seed S] [--starts K] [--skip-generated]
 * </pre>
 *
 * Exit code 1 when a check fails, 2 for bad options.
 */
public final class CascadeBenchmark {

    static final String VIGIL = "Vigil TimePhasedCascade";
    static final String PEER = "JGraphT Dijkstra";

    /** Warm-up goes on until each tool has run this long (or the graph is large enough that W runs do). */
    static final long MIN_WARMUP_NANOS = 1_000_000_000L;

    /** Warm-up timings of the Monte Carlo runs at least, whatever {@code --warmup} says. */
    private static final int MONTE_CARLO_WARMUP = 3;

    /** Start sets are drawn with the seed plus this, so they do not follow the graph's random numbers. */
    private static final long START_SALT = 0x5EED;

    private final CascadeBenchOptions options;
    private final RunProbe probe = new RunProbe();

    CascadeBenchmark(CascadeBenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        CascadeBenchOptions options;
        try {
            options = CascadeBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(CascadeBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new CascadeBenchmark(options).run() ? 0 : 1);
    }

    private boolean run() throws InterruptedException {
        CascadeReport.machine(options);
        List<Comparison> comparisons = new ArrayList<>();
        if (options.grid() != null) {
            Comparison grid = compare(grid(options.grid()));
            comparisons.add(grid);
            if (!grid.check().passed()) {
                return false;
            }
        }
        if (!options.skipGenerated()) {
            Comparison generated = compare(generated());
            comparisons.add(generated);
            if (!generated.check().passed()) {
                return false;
            }
        }
        CascadeReport.table(comparisons);
        if (!options.skipGenerated()) {
            CascadeReport.targets(comparisons.get(comparisons.size() - 1));
        }
        monteCarlo(options.grid() == null ? null : comparisons.get(0).workload());
        return true;
    }

    /**
     * The second target: {@value MonteCarloTiming#RUNS} Monte Carlo runs on about 5,000
     * assets in under 2 s. Timed on {@link MonteCarloTiming}'s reference graph of {@value
     * MonteCarloTiming#ASSETS} assets and, when given, on the grid (4,941 assets) with its start set
     * of the propagation above.
     *
     * @param grid the grid's workload, or null without {@code --grid}
     */
    private void monteCarlo(Workload grid) throws InterruptedException {
        double loadBefore = CascadeReport.load();
        int warmup = Math.max(MONTE_CARLO_WARMUP, options.warmup());
        CascadeGraph reference = MonteCarloTiming.randomGraph(MonteCarloTiming.ASSETS, options.seed());
        List<MonteCarloTiming.Result> results = new ArrayList<>(MonteCarloTiming.time(
                "random 4 suppliers each",
                reference,
                MonteCarloTiming.startSet(reference, options.seed() + START_SALT),
                options.runs(),
                warmup));
        if (grid != null) {
            results.addAll(MonteCarloTiming.time(
                    "US Western grid", grid.graph(), grid.startConditions(), options.runs(), warmup));
        }
        MonteCarloTiming.report(results, loadBefore, CascadeReport.load());
    }

    /** The grid as the workstation imports it, with delays drawn with the seed. */
    private Workload grid(Path edges) {
        long before = RunProbe.liveHeap();
        long t0 = System.nanoTime();
        CascadeGraph graph = WesternGrid.load(edges, options.seed());
        double millis = (System.nanoTime() - t0) / 1e6;
        long bytes = RunProbe.liveHeap() - before;
        return new Workload(
                "US Western grid (" + edges.getFileName() + ")",
                graph,
                Workload.randomStartSet(graph, options.starts(), options.seed() + START_SALT),
                millis,
                bytes);
    }

    private Workload generated() {
        long before = RunProbe.liveHeap();
        long t0 = System.nanoTime();
        CascadeGraph graph = GeneratedModel.generate(options.assets(), options.dependencies(), options.seed());
        double millis = (System.nanoTime() - t0) / 1e6;
        long bytes = RunProbe.liveHeap() - before;
        return new Workload(
                "generated model",
                graph,
                Workload.randomStartSet(graph, options.starts(), options.seed() + START_SALT),
                millis,
                bytes);
    }

    private Comparison compare(Workload workload) throws InterruptedException {
        CascadeGraph graph = workload.graph();
        double loadBefore = CascadeReport.load();
        CascadeReport.workload(workload, loadBefore);

        long before = RunProbe.liveHeap();
        long t0 = System.nanoTime();
        JGraphTPeer peer = JGraphTPeer.of(graph, workload.startAssets());
        double peerBuildMillis = (System.nanoTime() - t0) / 1e6;
        long peerBytes = RunProbe.liveHeap() - before;
        CascadeReport.peerGraph(peer, peerBuildMillis, peerBytes);

        List<StartCondition> start = workload.startConditions();
        TimePhasedCascade cascade = new TimePhasedCascade();

        double[] onsets = vigil(cascade, graph, start);
        double[] distances = peer.distances();
        double[] withoutGroups = peer.hasGroups() ? peer.distancesWithoutGroups() : distances;
        OnsetCheck.Outcome check = OnsetCheck.compare(onsets, distances, withoutGroups);
        System.out.println("  check, Vigil's onsets against JGraphT's distances: " + check.describe());
        if (check.passed() && peer.hasGroups()) {
            // Groups leave JGraphT only bounds; without their edges both must agree exactly on every asset.
            CascadeGraph plain = OnsetCheck.withoutGroupEdges(graph);
            check = OnsetCheck.compare(vigil(cascade, plain, start), withoutGroups, withoutGroups);
            System.out.println("  check on the same graph without its group edges, both tools: " + check.describe());
        }
        if (!check.passed()) {
            return new Comparison(workload, null, null, peerBuildMillis, peerBytes, loadBefore, loadBefore, check);
        }

        int warm = 0;
        long vigilWarm = 0;
        long peerWarm = 0;
        long warmStart = System.nanoTime();
        while (warm < options.warmup() || Math.min(vigilWarm, peerWarm) < MIN_WARMUP_NANOS) {
            long w0 = System.nanoTime();
            vigil(cascade, graph, start);
            long w1 = System.nanoTime();
            peer.distances();
            peerWarm += System.nanoTime() - w1;
            vigilWarm += w1 - w0;
            warm++;
        }
        System.out.printf(
                Locale.ROOT, "  warm-up: %,d runs of each, %.1f s%n", warm, (System.nanoTime() - warmStart) / 1e9);

        Timings vigilRuns = new Timings(VIGIL);
        Timings peerRuns = new Timings(PEER);
        for (int r = 1; r <= options.runs(); r++) {
            double[] vigilOnsets = null;
            double[] peerDistances = null;
            // Alternate who goes first, so neither always runs on a machine the other has just warmed.
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == (r % 2 == 1)) {
                    vigilOnsets = timed(vigilRuns, () -> vigil(cascade, graph, start));
                } else {
                    peerDistances = timed(peerRuns, peer::distances);
                }
            }
            if (!Arrays.equals(vigilOnsets, onsets) || !Arrays.equals(peerDistances, distances)) {
                throw new IllegalStateException("run " + r + " found other times than the checked run");
            }
            CascadeReport.run(r, vigilRuns, peerRuns);
        }
        return new Comparison(
                workload, vigilRuns, peerRuns, peerBuildMillis, peerBytes, loadBefore, CascadeReport.load(), check);
    }

    /**
     * What is timed for Vigil: one full propagation (plan, the three label-setting passes, impacts
     * at the horizons) and every asset's onset read out.
     */
    private static double[] vigil(TimePhasedCascade cascade, CascadeGraph graph, List<StartCondition> start) {
        CascadeResult result = cascade.propagate(graph, start, List.of());
        double[] onsets = new double[graph.assetCount()];
        for (int a = 0; a < onsets.length; a++) {
            onsets[a] = result.onsetMinute(a);
        }
        return onsets;
    }

    private double[] timed(Timings timings, Supplier<double[]> work) throws InterruptedException {
        System.gc(); // neither tool collects the other's garbage
        probe.start();
        long t0 = System.nanoTime();
        double[] result = work.get();
        long nanos = System.nanoTime() - t0;
        timings.add(nanos, probe.stop());
        return result;
    }

    /**
     * Both tools on one graph.
     *
     * @param vigil the engine's timed runs, null if the check failed
     * @param peer JGraphT's timed runs, null if the check failed
     */
    record Comparison(
            Workload workload,
            Timings vigil,
            Timings peer,
            double peerBuildMillis,
            long peerBytes,
            double loadBefore,
            double loadAfter,
            OnsetCheck.Outcome check) {

        /** Wall-clock time, Vigil's median over JGraphT's. */
        double ratio() {
            return vigil.medianMillis() / peer.medianMillis();
        }

        /** CPU time (both cores' worth for Vigil), Vigil's median over JGraphT's. */
        double cpuRatio() {
            return vigil.medianCpuMillis() / peer.medianCpuMillis();
        }
    }
}
