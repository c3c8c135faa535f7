package org.vigil.core.ingest;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One thread doing the same work on items in the order they are handed over, with room for a fixed
 * number of items waiting: handing over more waits, so a slow stage holds back the one before it.
 * The first failure stops the work: later items are dropped, and the failure is thrown to whoever
 * hands over the next item or waits for the work to be done.
 */
final class Worker<T> implements AutoCloseable {

    private final Consumer<T> work;
    private final int permits;
    private final Semaphore room;
    private final ExecutorService thread;
    private volatile Throwable failure;

    /** {@code waiting} items may wait while one is worked on. */
    Worker(String name, int waiting, Consumer<T> work) {
        this.work = Objects.requireNonNull(work, "work");
        this.permits = waiting + 1;
        this.room = new Semaphore(permits);
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands an item over, waiting while there is no room; throws the work's failure, if any. */
    void submit(T item) {
        rethrowFailure();
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    work.accept(item);
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                room.release();
            }
        });
    }

    /** Returns once every item handed over is done; throws the work's failure, if any. */
    void awaitDone() {
        room.acquireUninterruptibly(permits);
        room.release(permits);
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /** Lets the items handed over finish, then ends the thread; a failure is not thrown here. */
    @Override
    public void close() {
        room.acquireUninterruptibly(permits);
        room.release(permits);
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
