package org.vigil.core.cascade;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * Monte Carlo cascades: how likely each asset is to be hit by each horizon, and how far a cascade
 * spreads, when every dependency either passes impact on or does not.
 *
 * <p>Each run draws every dependency as present with its likelihood, independently of the others,
 * and then runs the time-phased model's onsets deterministically over the present dependencies
 * alone, each now certain: an asset is hit in the run if impact reaches it at all, at the
 * earliest minute it does; a redundancy group passes impact on only if all its members are
 * present and their sources hit, at the latest member's arrival. Over the runs, an asset's
 * probability by horizon h is the share of runs that hit it at or before h (its standard error is
 * √(p(1 − p)/runs)); its mean onset is averaged over the runs that hit it; the blast radius of a
 * run at h is the number of assets hit at or before h, start assets included.
 *
 * <p>Reproducible: run r's draws come from the seed and r alone ({@link RunStreams}), and the
 * totals are integer sums, so the same seed gives the same result bit for bit whatever the number
 * of threads. Runs are shared out in chunks among the pool's threads and the calling thread, each
 * with its own reusable arrays; a run allocates nothing.
 *
 * <p>Isolations are honoured as in the engine and manual fallbacks change no onset; restores and
 * supplier switches are refused, as they make contributions end, which onsets alone cannot follow.
 */
public final class MonteCarloCascade {

    private final CascadeSettings settings;
    private final ForkJoinPool pool;
    private final boolean parallel;

    /** Default settings, parallel on the common pool. */
    public MonteCarloCascade() {
        this(CascadeSettings.DEFAULTS);
    }

    public MonteCarloCascade(CascadeSettings settings) {
        this(settings, ForkJoinPool.commonPool());
    }

    /** Runs on {@code pool}'s threads and the calling thread. */
    public MonteCarloCascade(CascadeSettings settings, ForkJoinPool pool) {
        this(settings, pool, true);
    }

    private MonteCarloCascade(CascadeSettings settings, ForkJoinPool pool, boolean parallel) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.parallel = parallel;
    }

    /** Every run on the calling thread. */
    public static MonteCarloCascade sequential(CascadeSettings settings) {
        return new MonteCarloCascade(settings, ForkJoinPool.commonPool(), false);
    }

    public CascadeSettings settings() {
        return settings;
    }

    public MonteCarloResult run(CascadeGraph graph, List<StartCondition> start, int runs, long seed) {
        return run(graph, start, List.of(), runs, seed);
    }

    /** {@code runs} runs from the start set under the mitigations, drawn from {@code seed}. */
    public MonteCarloResult run(
            CascadeGraph graph, List<StartCondition> start, List<Mitigation> mitigations, int runs, long seed) {
        Objects.requireNonNull(graph, "graph");
        if (runs < 1) {
            throw new IllegalArgumentException("need at least one run: " + runs);
        }
        PropagationPlan plan = PropagationPlan.of(graph, settings, start, mitigations);
        if (plan.canRecover()) {
            throw new IllegalArgumentException(
                    "Monte Carlo runs take isolations and manual fallbacks, not restores or supplier switches");
        }
        double[] horizons = settings.horizonArray();
        int[][] radius = new int[horizons.length + 1][runs];
        long[] presenceBounds = RunStreams.presenceBounds(graph);
        List<Worker> workers = ChunkedWork.run(
                pool,
                ChunkedWork.workers(pool, parallel, runs),
                runs,
                () -> new Worker(
                        new SampledOnsetPass(plan, presenceBounds), new MonteCarloTally(graph.assetCount(), horizons)),
                (worker, run) -> {
                    worker.pass.run(RunStreams.runSeed(seed, run));
                    worker.tally.add(worker.pass, run, radius);
                });
        MonteCarloTally total = workers.get(0).tally;
        for (int w = 1; w < workers.size(); w++) {
            total.addAll(workers.get(w).tally);
        }
        return new MonteCarloResult(graph, start, settings.horizonMinutes(), runs, seed, total, radius);
    }

    /** A thread's reusable pass and its tally. */
    private record Worker(SampledOnsetPass pass, MonteCarloTally tally) {}
}
