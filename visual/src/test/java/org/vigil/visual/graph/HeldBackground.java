package org.vigil.visual.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigil.visual.task.Background;

/** Holds jobs until the test runs them, so that a test can act while one is under way. */
final class HeldBackground implements Background {

    private final Deque<Runnable> held = new ArrayDeque<>();
    int cancelled;

    @Override
    public <T> Job submit(Description description, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        boolean[] stop = {false};
        held.add(() -> {
            if (stop[0]) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                if (!stop[0]) {
                    onFailed.accept(e);
                }
                return;
            }
            if (!stop[0]) {
                onDone.accept(result);
            }
        });
        return () -> {
            stop[0] = true;
            cancelled++;
        };
    }

    int waiting() {
        return held.size();
    }

    /** Runs the held jobs, and those they submit, until none is left. */
    void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }
}
