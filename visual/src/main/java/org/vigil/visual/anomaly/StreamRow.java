package org.vigil.visual.anomaly;

import java.time.Instant;
import java.util.Objects;
import org.vigil.core.anomaly.StreamKey;

/**
 * One stream in the list: how many anomalies its stored events hold and when it last spoke.
 *
 * @param latestAnomaly the event time of its newest anomaly, null when none
 * @param lastSeen the event time of the last event the monitor fed it, null when only its anomalies are known
 */
public record StreamRow(StreamKey stream, int anomalies, Instant latestAnomaly, Instant lastSeen) {

    public StreamRow {
        Objects.requireNonNull(stream, "stream");
    }

    /** The time the list sorts by: its newest anomaly, else its last event. */
    Instant recency() {
        if (latestAnomaly != null) {
            return latestAnomaly;
        }
        return lastSeen != null ? lastSeen : Instant.EPOCH;
    }
}
