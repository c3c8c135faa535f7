package org.vigil.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.vigil.core.feed.EventSeverity;

/** An incident as a list shows it: without its events, entities, notes and trail. */
public record IncidentSummary(
        String id,
        String ruleId,
        String title,
        EventSeverity severity,
        IncidentState state,
        Instant firstEventTime,
        Instant lastEventTime,
        Instant updatedAt,
        int eventCount,
        List<String> assetIds,
        List<String> techniques) {

    public IncidentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(firstEventTime, "firstEventTime");
        Objects.requireNonNull(lastEventTime, "lastEventTime");
        Objects.requireNonNull(updatedAt, "updatedAt");
        assetIds = List.copyOf(assetIds);
        techniques = List.copyOf(techniques);
    }
}
