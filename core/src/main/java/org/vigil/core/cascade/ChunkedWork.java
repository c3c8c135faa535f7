package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Items 0 .. n - 1 shared out among a pool's threads and the calling thread, in chunks each worker
 * takes in turn, so uneven items even out. Each worker has a state of its own (reusable arrays, a
 * tally), made once and handed back for merging; which worker did which item must not matter to
 * the answer, and the callers make sure it does not.
 */
final class ChunkedWork {

    /** Chunks per worker: enough to even out items of different cost, few enough to cost nothing. */
    private static final int CHUNKS_PER_WORKER = 8;

    private ChunkedWork() {}

    /** The workers for {@code items} items: the pool's threads and the caller, or the caller alone. */
    static int workers(ForkJoinPool pool, boolean parallel, int items) {
        return parallel ? Math.max(1, Math.min(items, pool.getParallelism() + 1)) : 1;
    }

    /** Runs {@code body} on every item and returns the workers' states, the caller's first. */
    static <S> List<S> run(ForkJoinPool pool, int workers, int items, Supplier<S> newState, ObjIntConsumer<S> body) {
        int chunk = Math.max(1, items / (workers * CHUNKS_PER_WORKER));
        AtomicInteger next = new AtomicInteger();
        Callable<S> worker = () -> {
            S state = newState.get();
            for (int from = next.getAndAdd(chunk); from < items; from = next.getAndAdd(chunk)) {
                for (int item = from, to = Math.min(items, from + chunk); item < to; item++) {
                    body.accept(state, item);
                }
            }
            return state;
        };
        List<ForkJoinTask<S>> forked = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            forked.add(pool.submit(worker));
        }
        List<S> states = new ArrayList<>();
        try {
            states.add(worker.call());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (ForkJoinTask<S> task : forked) {
            states.add(task.join());
        }
        return states;
    }
}
