package org.vigil.core.replay;

import java.time.Duration;

/**
 * Runs a task once after a delay. A replay waits through it instead of sleeping, so tests can run
 * on virtual time. Implementations run tasks one at a time, in the order they fall due.
 */
public interface ReplayScheduler {

    /** Runs {@code task} once, {@code delay} from now (zero or negative: as soon as possible). */
    Scheduled schedule(Runnable task, Duration delay);

    /** A task not yet run. */
    interface Scheduled {
        /** Does not run the task if it has not started; no effect otherwise. */
        void cancel();
    }
}
