package org.vigil.core.model;

import java.time.Instant;
import java.util.Objects;
import org.vigil.core.feed.EventSeverity;

/** One event of an incident as its detail shows it, with event time and received time apart. */
public record IncidentEvent(
        String eventId,
        Instant eventTime,
        Instant receivedTime,
        String source,
        EventSeverity severity,
        String summary) {
    public IncidentEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(receivedTime, "receivedTime");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
    }
}
