package org.vigil.core.cascade.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.StartState;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;

/**
 * The start set a scenario's open incidents give the cascade. Every asset of an incident that is not
 * resolved starts at the incident's first event: compromised for a high or critical incident,
 * degraded for a lesser one or once the incident is contained (the attack no longer spreads, but
 * what it hit is still hurt). Times count in minutes from the earliest such event, the situation's
 * reference time.
 */
public record IncidentStarts(Instant reference, List<StartCondition> conditions, List<String> incidentIds) {

    public IncidentStarts {
        conditions = List.copyOf(conditions);
        incidentIds = List.copyOf(incidentIds);
    }

    /** The starts for one scenario, or empty when none of its assets has an open incident. */
    public static Optional<IncidentStarts> of(String scenarioId, List<IncidentSummary> incidents) {
        String prefix = scenarioId + "/";
        List<IncidentSummary> open = incidents.stream()
                .filter(i -> i.state() != IncidentState.RESOLVED)
                .filter(i -> i.assetIds().stream().anyMatch(a -> a.startsWith(prefix)))
                .sorted(Comparator.comparing(IncidentSummary::firstEventTime).thenComparing(IncidentSummary::id))
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Instant reference = open.get(0).firstEventTime();
        List<StartCondition> conditions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (IncidentSummary incident : open) {
            ids.add(incident.id());
            double minute =
                    Duration.between(reference, incident.firstEventTime()).toMillis() / 60_000.0;
            for (String asset : incident.assetIds()) {
                if (asset.startsWith(prefix)) {
                    conditions.add(new StartCondition(asset.substring(prefix.length()), state(incident), minute));
                }
            }
        }
        return Optional.of(new IncidentStarts(reference, conditions, ids));
    }

    private static StartState state(IncidentSummary incident) {
        if (incident.state() == IncidentState.CONTAINED) {
            return StartState.DEGRADED;
        }
        return incident.severity().compareTo(EventSeverity.HIGH) >= 0 ? StartState.COMPROMISED : StartState.DEGRADED;
    }
}
