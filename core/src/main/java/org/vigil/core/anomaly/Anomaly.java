package org.vigil.core.anomaly;

import java.util.Objects;
import org.vigil.core.feed.Event;

/**
 * A point of a metric stream that scored at or above its detector's alert threshold, and the event
 * that tells the analyst and the rules about it.
 *
 * @param stream the stream
 * @param result what the detector said
 * @param event the anomaly event: source {@code anomaly}, category ANOMALY, in Vigil's own format
 * @param triggeredBy the id of the event whose arrival raised it: the reading itself for telemetry, the
 *     first event past the bucket for rates
 */
public record Anomaly(StreamKey stream, AnomalyResult result, Event event, String triggeredBy) {

    public Anomaly {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(triggeredBy, "triggeredBy");
    }
}
