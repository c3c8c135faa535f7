package org.vigil.visual.graph;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.vigil.visual.task.Background;

/**
 * Runs scene builds in the background, one at a time: a change while one runs is built once it is
 * done, from the newest state. A force layout shows its progress and can be cancelled.
 */
final class SceneBuilds {

    private final ScenePipeline pipeline;
    private final Background background;
    private final Executor uiThread;
    private final Supplier<Optional<SceneRequest>> state;
    private final BiConsumer<SceneRequest, ScenePipeline.Built> publish;
    private final Consumer<Throwable> failed;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut", false);
    private boolean building;
    private boolean again;
    private Background.Job job;
    private AtomicBoolean stop = new AtomicBoolean();

    SceneBuilds(
            ScenePipeline pipeline,
            Background background,
            Executor uiThread,
            Supplier<Optional<SceneRequest>> state,
            BiConsumer<SceneRequest, ScenePipeline.Built> publish,
            Consumer<Throwable> failed) {
        this.pipeline = pipeline;
        this.background = background;
        this.uiThread = uiThread;
        this.state = state;
        this.publish = publish;
        this.failed = failed;
    }

    /** How far a running force layout is, 0 to 1. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a force layout runs. */
    ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    /** Builds a scene of the current state now, or once the running build is done. */
    void request() {
        if (building) {
            again = true;
            return;
        }
        Optional<SceneRequest> next = state.get();
        if (next.isEmpty()) {
            return;
        }
        SceneRequest request = next.get();
        building = true;
        AtomicBoolean cancelled = new AtomicBoolean();
        stop = cancelled;
        boolean force = request.layout() == LayoutKind.FORCE;
        layingOut.set(force);
        progress.set(0);
        LayoutProgress reported = new ReportedProgress(cancelled, uiThread, progress::set);
        job = background.submit(
                new Background.Description(force ? "graph.status.layout" : "graph.status.building"),
                () -> pipeline.run(request, reported),
                built -> {
                    // A cancelled build has already been settled by cancel(); a newer one may run.
                    if (!cancelled.get()) {
                        publish.accept(request, built);
                        settled();
                    }
                },
                error -> {
                    if (!cancelled.get()) {
                        failed.accept(error);
                        settled();
                    }
                });
    }

    /** Gives up the running build (its layout stops at its next step); returns whether one ran. */
    boolean cancel() {
        if (!building) {
            return false;
        }
        stop.set(true);
        if (job != null) {
            job.cancel();
        }
        building = false;
        again = false;
        layingOut.set(false);
        progress.set(0);
        return true;
    }

    private void settled() {
        building = false;
        layingOut.set(false);
        if (again) {
            again = false;
            request();
        }
    }
}
