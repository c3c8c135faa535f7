package org.vigil.visual.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Runs jobs as JavaFX {@link Task}s on an executor; outcomes arrive on the FX thread. Exposes the
 * running job's description and whether anything runs, for the status bar.
 */
public final class FxBackground implements Background {

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Description> current = new ReadOnlyObjectWrapper<>();
    private int running;

    public FxBackground(ExecutorService executor) {
        this.executor = executor;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Description> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public <T> Job submit(Description description, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailed.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        running++;
        busy.set(true);
        current.set(description);
        executor.execute(task);
        return () -> task.cancel(true);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            current.set(null);
        }
    }
}
