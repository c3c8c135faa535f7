package org.vigil.visual.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.anomaly.AnomalySummary;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamState;
import org.vigil.core.store.DetectorStateRepository;
import org.vigil.core.store.EventHistoryRepository;
import org.vigil.core.store.EventHistoryRepository.Extent;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;
import org.vigil.core.store.EventHistoryRepository.Lanes;

/**
 * The streams of a scenario: those the monitor keeps in the workspace and those its stored anomaly
 * events name, each with its anomaly count; streams with the newest anomalies first, then the
 * recently fed. Reads the workspace: call it off the UI thread.
 */
final class StreamCatalogue {

    /** Source of anomaly events. */
    static final String ANOMALY_SOURCE = "anomaly";
    /** At most this many of the scenario's anomaly events are read to count them. */
    static final int MAX_EVENTS = 200_000;

    private final EventHistoryRepository history;
    private final DetectorStateRepository states;

    StreamCatalogue(EventHistoryRepository history, DetectorStateRepository states) {
        this.history = history;
        this.states = states;
    }

    List<StreamRow> rows(String scenarioId) {
        Map<StreamKey, int[]> counts = new HashMap<>();
        Map<StreamKey, Instant> latest = new HashMap<>();
        Map<StreamKey, Instant> seen = new HashMap<>();
        for (StreamState state : states.load().streams()) {
            if (state.key().scenarioId().equals(scenarioId)) {
                seen.put(state.key(), state.lastSeen());
            }
        }
        history.extent(scenarioId).ifPresent(extent -> {
            for (LaneEvent event : anomalies(scenarioId, extent)) {
                AnomalySummary.parse(scenarioId, event.summary()).ifPresent(summary -> {
                    counts.computeIfAbsent(summary.stream(), k -> new int[1])[0]++;
                    latest.merge(summary.stream(), event.eventTime(), (a, b) -> a.isAfter(b) ? a : b);
                });
            }
        });
        List<StreamRow> rows = new ArrayList<>();
        Set<StreamKey> keys = new HashSet<>(seen.keySet());
        keys.addAll(counts.keySet());
        for (StreamKey key : keys) {
            int[] count = counts.get(key);
            rows.add(new StreamRow(key, count == null ? 0 : count[0], latest.get(key), seen.get(key)));
        }
        rows.sort(Comparator.comparing((StreamRow r) -> r.latestAnomaly() == null)
                .thenComparing(StreamRow::recency, Comparator.reverseOrder())
                .thenComparing(r -> r.stream().id()));
        return rows;
    }

    /** The anomaly events of the scenario, once each (an event is in one lane per asset). */
    private List<LaneEvent> anomalies(String scenarioId, Extent extent) {
        Map<String, LaneEvent> byId = new LinkedHashMap<>();
        for (LaneEvent event :
                history.events(scenarioId, ANOMALY_SOURCE, extent.first(), extent.last(), Lanes.ASSET, MAX_EVENTS)) {
            byId.putIfAbsent(event.eventId(), event);
        }
        return new ArrayList<>(byId.values());
    }
}
