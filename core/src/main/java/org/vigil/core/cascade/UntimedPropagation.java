package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of an untimed plan (no mitigation that depends on arrival times), its work shared out
 * among the calling thread and a pool's threads: the three label-setting passes, then the impacts
 * at the horizons in chunks of assets.
 *
 * <p>Why not pass by pass: impacts need the onsets and the levels but not the likelihoods, and the
 * three passes cost about the same. So each thread claims the next pass in the order onsets,
 * levels, likelihoods, and then claims chunks of impacts as soon as onsets and levels exist. On
 * two threads the one that ran the onsets evaluates the impacts while the other still runs the
 * likelihood pass, instead of one thread idling through a pass and both through the impacts after.
 * Which thread does what never changes a value: each pass and each asset's impacts are computed
 * alone.
 */
final class UntimedPropagation {

    /** Assets per claimed chunk of impact evaluation: enough to cost nothing to claim, few enough to share. */
    static final int CHUNK = 16_384;

    private static final int ONSETS = 0;
    private static final int LEVELS = 1;
    private static final int LIKELIHOODS = 2;
    private static final int PASSES = 3;

    private final PropagationPlan plan;
    private final double[] horizons;
    private final int chunks;
    private final double[][] impacts;
    private final AtomicInteger nextPass = new AtomicInteger();
    private final AtomicInteger nextChunk = new AtomicInteger();
    /** Counted down once the onsets (with their deliveries) and once the levels are set. */
    private final CountDownLatch impactInputs = new CountDownLatch(2);

    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    // Written by whichever thread ran the pass, read after impactInputs.await() or the joins.
    private Deliveries deliveries;
    private double[] level;
    private double[] likelihood;

    UntimedPropagation(PropagationPlan plan, double[] horizons) {
        if (plan.isTimed()) {
            throw new IllegalArgumentException("a timed plan runs its passes in order");
        }
        this.plan = plan;
        this.horizons = horizons;
        int n = plan.graph.assetCount();
        this.chunks = (n + CHUNK - 1) / CHUNK;
        this.impacts = new double[horizons.length][n];
    }

    /** The threads that can find work: one per pass, or one per chunk if there are more. */
    int usefulWorkers() {
        return Math.max(PASSES, chunks);
    }

    /** Runs on the calling thread and {@code workers - 1} tasks on the pool, and waits for all. */
    CascadeResult run(ForkJoinPool pool, int workers) {
        List<ForkJoinTask<?>> forked = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            forked.add(pool.submit(this::work));
        }
        work();
        for (ForkJoinTask<?> task : forked) {
            task.join();
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        } else if (failed != null) {
            throw new IllegalStateException("propagation interrupted", failed);
        }
        ImpactEvaluation evaluation = new ImpactEvaluation(deliveries, level, null);
        return new CascadeResult(plan, deliveries, likelihood, level, null, impacts, evaluation);
    }

    /** One thread's share: passes while any is left, then chunks of impacts. */
    private void work() {
        try {
            for (int pass = nextPass.getAndIncrement(); pass < PASSES; pass = nextPass.getAndIncrement()) {
                runPass(pass);
            }
            impactInputs.await();
            if (failure.get() != null) {
                return;
            }
            ImpactEvaluation evaluation = new ImpactEvaluation(deliveries, level, null);
            int n = plan.graph.assetCount();
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                evaluation.impactsAtHorizons(c * CHUNK, Math.min(n, (c + 1) * CHUNK), horizons, impacts);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
    }

    private void runPass(int pass) {
        try {
            switch (pass) {
                case ONSETS -> deliveries = new Deliveries(plan, new EarliestArrivalPass(plan).run());
                case LEVELS -> level = new StrongestLabelPass(plan, StrongestLabelPass.Kind.LEVEL, null).run();
                case LIKELIHOODS ->
                    likelihood = new StrongestLabelPass(plan, StrongestLabelPass.Kind.LIKELIHOOD, null).run();
                default -> throw new IllegalArgumentException("no pass " + pass);
            }
        } finally {
            // Also on failure, so that no thread waits for inputs that will never come.
            if (pass == ONSETS || pass == LEVELS) {
                impactInputs.countDown();
            }
        }
    }
}
