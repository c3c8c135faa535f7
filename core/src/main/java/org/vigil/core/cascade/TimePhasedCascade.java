package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Time-phased dependency-risk propagation, in the spirit of the CIDA dependency risk graphs: how
 * far, how fast, how likely and how badly a hit spreads along dependencies. The semantics are
 * spelled out in the package documentation ({@code package-info.java}); in short, per asset:
 *
 * <ul>
 *   <li>onset T: the earliest arrival of any contribution (earliest-arrival label setting);
 *   <li>likelihood P: the most likely contribution (max-product label setting);
 *   <li>level L: the strongest contribution (max-min label setting);
 *   <li>impact I(t): the largest grown contribution at t, and risk = P × I(t).
 * </ul>
 *
 * The three label-setting passes are independent Dijkstra-like runs over the graph's primitive
 * arrays, so they run in parallel, and the impacts at the horizons are evaluated in chunks of
 * assets by whichever thread is free once onsets and levels exist ({@link UntimedPropagation}).
 * Mitigations that block or end contributions make the other two passes depend on the onsets; then
 * the onsets come first, the other two in parallel, and the impacts after them.
 */
public final class TimePhasedCascade implements CascadeModel {

    /** Below this many assets, splitting the horizon evaluation costs more than it saves. */
    private static final int PARALLEL_CHUNK = 16_384;

    private final CascadeSettings settings;
    private final ForkJoinPool pool;
    private final boolean parallel;

    /** Default settings, parallel on the common pool. */
    public TimePhasedCascade() {
        this(CascadeSettings.DEFAULTS);
    }

    public TimePhasedCascade(CascadeSettings settings) {
        this(settings, ForkJoinPool.commonPool());
    }

    /** Runs its parallel parts on {@code pool} and the calling thread. */
    public TimePhasedCascade(CascadeSettings settings, ForkJoinPool pool) {
        this(settings, pool, true);
    }

    private TimePhasedCascade(CascadeSettings settings, ForkJoinPool pool, boolean parallel) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.parallel = parallel;
    }

    /** Everything on the calling thread: for callers that run many cascades in parallel themselves. */
    public static TimePhasedCascade sequential(CascadeSettings settings) {
        return new TimePhasedCascade(settings, ForkJoinPool.commonPool(), false);
    }

    public CascadeSettings settings() {
        return settings;
    }

    @Override
    public CascadeResult propagate(CascadeGraph graph, List<StartCondition> start, List<Mitigation> mitigations) {
        Objects.requireNonNull(graph, "graph");
        PropagationPlan plan = PropagationPlan.of(graph, settings, start, mitigations);
        if (!plan.isTimed()) {
            UntimedPropagation run = new UntimedPropagation(plan, settings.horizonArray());
            int workers = parallel ? Math.min(pool.getParallelism() + 1, run.usefulWorkers()) : 1;
            return run.run(pool, workers);
        }
        while (true) {
            // Mitigations make the other passes depend on the onsets: those come first.
            double[] onset = new EarliestArrivalPass(plan).run();
            Deliveries deliveries = new Deliveries(plan, onset);
            PropagationPlan p = plan;
            List<double[]> passes = inParallel(List.of(
                    () -> new StrongestLabelPass(p, StrongestLabelPass.Kind.LIKELIHOOD, deliveries).run(),
                    () -> new StrongestLabelPass(p, StrongestLabelPass.Kind.LEVEL, deliveries).run()));
            double[] likelihood = passes.get(0);
            double[] level = passes.get(1);
            double[] recovery = plan.canRecover() ? new RecoveryPass(deliveries).run() : null;
            ImpactEvaluation evaluation = new ImpactEvaluation(deliveries, level, recovery);
            boolean[] disabled = emptyGroups(plan, deliveries, evaluation);
            if (disabled != null) {
                // A group whose members were never all down at once delivers nothing: run again without it.
                plan = plan.withDisabledGroups(disabled);
                continue;
            }
            double[][] impacts = impactsAtHorizons(deliveries, evaluation);
            return new CascadeResult(plan, deliveries, likelihood, level, recovery, impacts, evaluation);
        }
    }

    /**
     * Groups that delivered by their arrivals but ended before they arrived (a member recovered
     * before the last one failed), added to those already off; null if there are none new.
     */
    private static boolean[] emptyGroups(PropagationPlan plan, Deliveries deliveries, ImpactEvaluation evaluation) {
        if (!plan.canRecover()) {
            return null;
        }
        int groups = plan.graph.groupCount();
        boolean[] disabled = null;
        for (int g = 0; g < groups; g++) {
            if (deliveries.groupDelivers(g) && evaluation.groupEnd(g) <= deliveries.groupArrival(g)) {
                if (disabled == null) {
                    disabled = plan.groupDisabled == null ? new boolean[groups] : plan.groupDisabled.clone();
                }
                disabled[g] = true;
            }
        }
        return disabled;
    }

    private double[][] impactsAtHorizons(Deliveries deliveries, ImpactEvaluation evaluation) {
        double[] horizons = settings.horizonArray();
        int n = deliveries.onset().length;
        double[][] impacts = new double[horizons.length][n];
        int chunks = !parallel || n < 2 * PARALLEL_CHUNK ? 1 : pool.getParallelism() + 1;
        List<Supplier<double[][]>> work = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            work.add(() -> {
                evaluation.impactsAtHorizons(from, to, horizons, impacts);
                return impacts;
            });
        }
        inParallel(work);
        return impacts;
    }

    /** Runs all but the last on the pool and the last on this thread, and waits for all. */
    private <T> List<T> inParallel(List<Supplier<T>> work) {
        List<T> results = new ArrayList<>(work.size());
        if (!parallel || work.size() == 1) {
            for (Supplier<T> w : work) {
                results.add(w.get());
            }
            return results;
        }
        List<ForkJoinTask<T>> forked = new ArrayList<>();
        for (int i = 0; i < work.size() - 1; i++) {
            Callable<T> w = work.get(i)::get;
            forked.add(pool.submit(w));
        }
        T last = work.get(work.size() - 1).get();
        for (ForkJoinTask<T> task : forked) {
            results.add(task.join());
        }
        results.add(last);
        return results;
    }
}
