package org.vigil.core.cascade.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeModel;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Scenario;

/**
 * Keeps each scenario's cascade in step with its incidents: told that incidents changed, it
 * recomputes on a thread of its own (the ingest that raised them never waits) and tells its
 * listeners. Changes arriving while it computes are folded into one more run, so a burst of
 * incidents costs two runs, not one per incident.
 */
public final class LiveCascade implements IncidentListener, AutoCloseable {

    /** Told after each recomputation, on the cascade's thread. */
    @FunctionalInterface
    public interface Listener {
        /** Every scenario's situation; a scenario without open incidents is absent. */
        void updated(Map<String, CascadeSituation> situations);
    }

    private final Supplier<List<Scenario>> scenarios;
    private final Supplier<List<IncidentSummary>> incidents;
    private final CascadeModel model;
    private final ExecutorService worker;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, CascadeSituation> situations = Map.of();

    /**
     * @param scenarios the workspace's scenarios and @param incidents its incidents, both asked on the
     *     cascade's thread at each recomputation (scenarios may be imported while the window is open;
     *     building a graph costs far less than propagating over it)
     */
    public LiveCascade(
            Supplier<List<Scenario>> scenarios, Supplier<List<IncidentSummary>> incidents, CascadeModel model) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.model = Objects.requireNonNull(model, "model");
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "vigil-live-cascade");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** An incident was raised or changed: recompute soon. */
    @Override
    public void changed(String incidentId) {
        refresh();
    }

    /** Recomputes soon, once however often it is asked before the run starts. */
    public void refresh() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(() -> {
                pending.set(false);
                recompute();
            });
        }
    }

    /** The last computed situation of a scenario, if it has open incidents. */
    public Optional<CascadeSituation> situation(String scenarioId) {
        return Optional.ofNullable(situations.get(scenarioId));
    }

    public Map<String, CascadeSituation> situations() {
        return situations;
    }

    /** Recomputes now, on the caller's thread, and returns every scenario's situation. */
    public Map<String, CascadeSituation> recompute() {
        List<IncidentSummary> current = incidents.get();
        Map<String, CascadeSituation> next = new LinkedHashMap<>();
        for (Scenario scenario : scenarios.get()) {
            IncidentStarts.of(scenario.id(), current)
                    .map(starts -> situation(scenario.id(), CascadeGraph.of(scenario), starts))
                    .ifPresent(situation -> next.put(scenario.id(), situation));
        }
        Map<String, CascadeSituation> published = Collections.unmodifiableMap(next);
        situations = published;
        listeners.forEach(listener -> listener.updated(published));
        return published;
    }

    private CascadeSituation situation(String scenarioId, CascadeGraph graph, IncidentStarts starts) {
        long began = System.nanoTime();
        // An incident may name an asset the scenario no longer has (it was edited since): skip it.
        List<StartCondition> known = new ArrayList<>();
        for (StartCondition condition : starts.conditions()) {
            if (graph.indexOf(condition.assetId()) >= 0) {
                known.add(condition);
            }
        }
        CascadeResult result = model.propagate(graph, known);
        ContinuityReport continuity = ContinuityReport.of(result);
        return new CascadeSituation(
                scenarioId, starts, result, continuity, Duration.ofNanos(System.nanoTime() - began));
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
