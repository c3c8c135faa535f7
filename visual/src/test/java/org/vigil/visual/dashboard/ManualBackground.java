package org.vigil.visual.dashboard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigil.visual.task.Background;

/** Holds submitted jobs until the test runs them, to see what is in flight at once. */
final class ManualBackground implements Background {

    private final Deque<Runnable> jobs = new ArrayDeque<>();
    private final Deque<String> keys = new ArrayDeque<>();

    @Override
    public <T> Job submit(Description description, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        keys.add(description.key());
        jobs.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailed.accept(e);
                return;
            }
            onDone.accept(result);
        });
        return () -> {};
    }

    /** The status keys of the jobs waiting, oldest first. */
    List<String> waiting() {
        return List.copyOf(keys);
    }

    /** Runs the oldest job waiting. */
    void runNext() {
        keys.poll();
        jobs.poll().run();
    }
}
