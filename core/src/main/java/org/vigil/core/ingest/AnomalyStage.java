package org.vigil.core.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.vigil.core.anomaly.Anomaly;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.AnomalyListener;
import org.vigil.core.anomaly.AnomalyMonitor;
import org.vigil.core.anomaly.MonitorState;
import org.vigil.core.feed.Event;
import org.vigil.core.store.DetectorStateRepository;
import org.vigil.core.store.EventRepository;
import org.vigil.core.store.Workspace;

/**
 * Anomaly detection between storage and correlation: wraps the {@link EventCorrelation} a pipeline
 * hands its stored batches to. Each batch goes through the {@link AnomalyMonitor}; the anomaly events
 * it raises are stored (one transaction per batch) and then correlated together with the batch, each
 * next to the event that raised it, in time order, so rules can combine anomalies with any other
 * event. The pipeline itself is unchanged: whoever builds it chooses to wrap its correlation or not.
 *
 * <p>The monitor's state is saved to the workspace every {@link #SAVE_EVERY} of wall-clock time (at
 * the end of a batch), when the source ends ({@link #finish()}) and on {@link #close()}; {@link
 * #open} restores it, so a restart does not forget what normal looks like. Calls are serialised on
 * the monitor: several sources may share one stage, or several stages (one per source, each with its
 * own correlation) one monitor.
 */
public final class AnomalyStage implements EventCorrelation, AutoCloseable {

    public static final Duration SAVE_EVERY = Duration.ofMinutes(1);

    private final AnomalyMonitor monitor;
    private final EventRepository events;
    private final DetectorStateRepository states;
    private final EventCorrelation next;
    private final AnomalyListener listener;
    private final Clock clock;
    private Instant lastSave; // guarded by monitor

    public AnomalyStage(
            AnomalyMonitor monitor,
            EventRepository events,
            DetectorStateRepository states,
            EventCorrelation next,
            AnomalyListener listener,
            Clock clock) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.events = Objects.requireNonNull(events, "events");
        this.states = Objects.requireNonNull(states, "states");
        this.next = Objects.requireNonNull(next, "next");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lastSave = clock.instant();
    }

    /** A stage whose monitor goes on from the state saved in the workspace. */
    public static AnomalyStage open(
            Workspace workspace, AnomalyConfig config, EventCorrelation next, AnomalyListener listener, Clock clock) {
        AnomalyMonitor monitor =
                AnomalyMonitor.restore(config, workspace.detectorStates().load());
        return new AnomalyStage(monitor, workspace.events(), workspace.detectorStates(), next, listener, clock);
    }

    @Override
    public void correlate(List<Event> batch) {
        synchronized (monitor) {
            List<Event> merged = new ArrayList<>(batch.size());
            List<Anomaly> raised = new ArrayList<>();
            for (Event event : batch) {
                List<Anomaly> anomalies = monitor.observe(event);
                // a closed time bucket is dated before the event that closed it, a reading's anomaly with it
                anomalies.stream()
                        .filter(a -> a.event().eventTime().isBefore(event.eventTime()))
                        .sorted(Comparator.comparing(a -> a.event().eventTime()))
                        .forEach(a -> merged.add(a.event()));
                merged.add(event);
                anomalies.stream()
                        .filter(a -> !a.event().eventTime().isBefore(event.eventTime()))
                        .forEach(a -> merged.add(a.event()));
                raised.addAll(anomalies);
            }
            if (!raised.isEmpty()) {
                // stored before correlated: an incident never refers to an event that is not on disk
                events.write(raised.stream().map(Anomaly::event).toList(), List.of(), List.of());
            }
            next.correlate(merged);
            if (!raised.isEmpty()) {
                listener.raised(List.copyOf(raised));
            }
            if (!clock.instant().isBefore(lastSave.plus(SAVE_EVERY))) {
                save();
            }
        }
    }

    /** The source has ended: correlation judges its open windows, and the monitor's state is saved. */
    @Override
    public void finish() {
        synchronized (monitor) {
            next.finish();
            save();
        }
    }

    /** Saves what changed since the last save. */
    public void save() {
        synchronized (monitor) {
            MonitorState unsaved = monitor.unsaved();
            states.save(unsaved, clock.instant());
            monitor.saved(unsaved);
            lastSave = clock.instant();
        }
    }

    /** Saves the monitor's state; the wrapped correlation is its owner's to close. */
    @Override
    public void close() {
        synchronized (monitor) {
            save();
        }
    }

    /**
     * The monitor, to read its streams: it is not thread-safe, so only from the thread that feeds the
     * stage, or once the source has ended.
     */
    public AnomalyMonitor monitor() {
        return monitor;
    }
}
