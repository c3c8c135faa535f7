package org.vigil.visual.anomaly;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.LookBackProgress;
import org.vigil.core.anomaly.StoredEvents;
import org.vigil.core.anomaly.StreamHistory;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamLookBack;
import org.vigil.core.anomaly.StreamThresholds;
import org.vigil.core.store.EventHistoryRepository;
import org.vigil.visual.task.Background;

/**
 * Replays one stream at a time over the scenario's whole stretch of events, in the background: progress
 * reported on the UI thread at most once per percent, cancellable (the look-back stops at its next
 * check, and a cancelled replay's outcome is dropped). Starting another gives up the one running.
 */
final class StreamReplays {

    private final EventHistoryRepository history;
    private final StoredEvents events;
    private final AnomalyConfig config;
    private final Background background;
    private final Executor uiThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private Background.Job job;
    private AtomicBoolean stop = new AtomicBoolean();

    StreamReplays(
            EventHistoryRepository history,
            StoredEvents events,
            AnomalyConfig config,
            Background background,
            Executor uiThread) {
        this.history = history;
        this.events = events;
        this.config = config;
        this.background = background;
        this.uiThread = uiThread;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Replays {@code stream} at the thresholds {@code now}; tells {@code done} or {@code failed} unless cancelled. */
    void start(
            String scenario,
            StreamKey stream,
            StreamThresholds now,
            Background.Description description,
            Consumer<StreamHistory> done,
            Consumer<Throwable> failed) {
        cancel();
        AtomicBoolean stopped = new AtomicBoolean();
        stop = stopped;
        running.set(true);
        progress.set(0);
        LookBackProgress reported = new LookBackProgress() {
            private volatile int lastPercent = -1;

            @Override
            public void reported(double fraction) {
                int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
                if (percent != lastPercent) {
                    lastPercent = percent;
                    uiThread.execute(() -> {
                        if (!stopped.get()) {
                            progress.set(percent / 100.0);
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return stopped.get() || Thread.currentThread().isInterrupted();
            }
        };
        job = background.submit(
                description,
                () -> lookBack(scenario, stream, now, reported),
                found -> {
                    if (!stopped.get()) {
                        running.set(false);
                        done.accept(found);
                    }
                },
                error -> {
                    if (!stopped.get()) {
                        running.set(false);
                        failed.accept(error);
                    }
                });
    }

    private StreamHistory lookBack(String scenario, StreamKey stream, StreamThresholds now, LookBackProgress reported) {
        StreamLookBack lookBack = new StreamLookBack(config.withThresholds(now), events);
        return history.extent(scenario)
                .map(extent -> lookBack.of(stream, extent.first(), extent.last(), reported))
                .orElseGet(() -> lookBack.of(stream, Instant.EPOCH, Instant.EPOCH, reported));
    }

    /** Gives up the running replay; returns whether one ran. */
    boolean cancel() {
        if (!running.get()) {
            return false;
        }
        stop.set(true);
        if (job != null) {
            job.cancel();
        }
        running.set(false);
        progress.set(0);
        return true;
    }
}
