package org.vigil.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.feed.Entity;

/**
 * An incident raised by correlation: what the list shows, the group-by values that tie its events
 * together, the events (oldest first), the entities they name, the analysts' notes and the audit
 * trail of every change.
 */
public record Incident(
        IncidentSummary summary,
        Map<String, String> group,
        List<String> eventIds,
        List<Entity> entities,
        List<IncidentNote> notes,
        List<IncidentChange> changes) {

    public Incident {
        Objects.requireNonNull(summary, "summary");
        group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
        eventIds = List.copyOf(eventIds);
        entities = List.copyOf(entities);
        notes = List.copyOf(notes);
        changes = List.copyOf(changes);
    }

    public String id() {
        return summary.id();
    }

    public IncidentState state() {
        return summary.state();
    }
}
