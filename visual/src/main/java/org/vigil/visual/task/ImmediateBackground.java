package org.vigil.visual.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests and command-line use. */
public final class ImmediateBackground implements Background {

    @Override
    public <T> Job submit(Description description, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailed.accept(e);
            return () -> {};
        }
        onDone.accept(result);
        return () -> {};
    }
}
