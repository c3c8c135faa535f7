package org.vigil.core.replay;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The production {@link ReplayScheduler}: one daemon thread ("vigil-replay"), so replays never keep
 * the application alive and their tasks never run at the same time. Close it when the application
 * ends.
 */
public final class ExecutorReplayScheduler implements ReplayScheduler, AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "vigil-replay");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Scheduled schedule(Runnable task, Duration delay) {
        long nanos = delay.isNegative() ? 0 : saturatedNanos(delay);
        ScheduledFuture<?> future = executor.schedule(task, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Stops the thread; tasks not yet run never run. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static long saturatedNanos(Duration delay) {
        try {
            return delay.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
