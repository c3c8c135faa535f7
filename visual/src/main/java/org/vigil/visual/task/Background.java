package org.vigil.visual.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands the outcome back to it. The JavaFX implementation
 * shows progress and can cancel; tests use one that runs at once on the calling thread.
 */
public interface Background {

    /**
     * Starts work described (for the status bar) by an i18n key and its arguments.
     *
     * @return a handle to cancel the work; a cancelled job calls neither consumer
     */
    <T> Job submit(Description description, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** What the status bar says while a job runs. */
    record Description(String key, Object... args) {}

    /** A running job. */
    interface Job {
        void cancel();
    }
}
