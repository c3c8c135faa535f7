package org.vigil.visual.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.core.anomaly.AnomalySummary;
import org.vigil.core.store.EventHistoryRepository;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;
import org.vigil.core.store.EventHistoryRepository.Lanes;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.selection.TimeRange;
import org.vigil.visual.task.Background;

/**
 * The anomalies the graph shows: the open scenario's anomaly events in the shown time (the range
 * brushed on the timeline, else all of the scenario's time), by asset, newest first. Loads off the UI
 * thread when the scenario or the range changes; {@link #refresh()} after new events.
 */
public final class GraphAnomalies {

    /** One anomaly on an asset. */
    public record Note(Instant time, AnomalySummary summary) {}

    static final String SOURCE = "anomaly";
    static final int MAX_EVENTS = 200_000;

    private final EventHistoryRepository history;
    private final SituationSelection selection;
    private final Background background;
    private final ReadOnlyObjectWrapper<Map<String, List<Note>>> byAsset = new ReadOnlyObjectWrapper<>(Map.of());

    public GraphAnomalies(EventHistoryRepository history, SituationSelection selection, Background background) {
        this.history = history;
        this.selection = Objects.requireNonNull(selection, "selection");
        this.background = background;
        selection.scenarioIdProperty().addListener((obs, old, now) -> refresh());
        selection.timeRangeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Anomalies by asset id (bare, as graph nodes name assets), newest first. */
    public ReadOnlyObjectProperty<Map<String, List<Note>>> byAssetProperty() {
        return byAsset.getReadOnlyProperty();
    }

    /** Anomaly counts by asset id: the graph's badges. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byAsset.get().forEach((asset, notes) -> counts.put(asset, notes.size()));
        return counts;
    }

    public void refresh() {
        String scenario = selection.scenarioIdProperty().get();
        if (scenario == null) {
            byAsset.set(Map.of());
            return;
        }
        TimeRange range = selection.timeRangeProperty().get();
        background.submit(
                new Background.Description("anomaly.status.streams"),
                () -> load(scenario, Optional.ofNullable(range)),
                loaded -> {
                    if (scenario.equals(selection.scenarioIdProperty().get())) {
                        byAsset.set(loaded);
                    }
                },
                error -> byAsset.set(Map.of()));
    }

    Map<String, List<Note>> load(String scenario, Optional<TimeRange> range) {
        Optional<EventHistoryRepository.Extent> extent = history.extent(scenario);
        if (extent.isEmpty()) {
            return Map.of();
        }
        Instant from = range.map(TimeRange::from).orElse(extent.get().first());
        Instant to = range.map(TimeRange::to).orElse(extent.get().last());
        Map<String, List<Note>> notes = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (LaneEvent event : history.events(scenario, SOURCE, from, to, Lanes.ASSET, MAX_EVENTS)) {
            if (!seen.add(event.eventId() + " " + event.lane())) {
                continue;
            }
            AnomalySummary.parse(scenario, event.summary())
                    .ifPresent(summary -> notes.computeIfAbsent(event.lane(), a -> new ArrayList<>())
                            .add(new Note(event.eventTime(), summary)));
        }
        Map<String, List<Note>> newestFirst = new LinkedHashMap<>();
        notes.forEach((asset, list) -> {
            List<Note> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> b.time().compareTo(a.time()));
            newestFirst.put(asset, List.copyOf(sorted));
        });
        return Map.copyOf(newestFirst);
    }
}
