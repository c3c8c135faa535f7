package org.vigil.visual.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;

/** One row of an incident's events table; the category is empty where the workspace does not say it. */
public record ReportEvent(
        String eventId,
        Instant eventTime,
        Instant receivedTime,
        String source,
        Optional<EventCategory> category,
        EventSeverity severity,
        String summary) {

    public ReportEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(receivedTime, "receivedTime");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
    }
}
