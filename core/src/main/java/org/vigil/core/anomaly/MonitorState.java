package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link AnomalyMonitor} saves: its clock, and its streams (all of them, or those changed
 * since the last save, with those it has forgotten since).
 *
 * @param clock the newest event time the monitor has seen, empty before the first
 * @param streams streams to save
 * @param forgotten streams evicted since the last save, to delete
 */
public record MonitorState(Optional<Instant> clock, List<StreamState> streams, List<StreamKey> forgotten) {

    public static final MonitorState EMPTY = new MonitorState(Optional.empty(), List.of(), List.of());

    public MonitorState {
        streams = List.copyOf(streams);
        forgotten = List.copyOf(forgotten);
    }
}
