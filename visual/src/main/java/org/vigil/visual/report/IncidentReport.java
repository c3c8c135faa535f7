package org.vigil.visual.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.model.Incident;

/**
 * Everything an incident report says, gathered from the workspace in one go: the incident with its
 * title in the reader's language, its assets' names (keyed by the incident's {@code scenario/asset}
 * ids), its techniques with their names where known, its events (the first {@code events().size()} of
 * {@code eventCount}), when it was created, and the cascade it drives.
 */
public record IncidentReport(
        Instant generatedAt,
        Incident incident,
        String title,
        Map<String, String> assetNames,
        Map<String, String> techniqueNames,
        List<ReportEvent> events,
        int eventCount,
        Optional<Instant> created,
        CascadeDigest cascade) {

    public IncidentReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(title, "title");
        assetNames = Map.copyOf(assetNames);
        techniqueNames = Map.copyOf(techniqueNames);
        events = List.copyOf(events);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(cascade, "cascade");
    }

    /** The asset's name from its scenario, or its id when the scenario no longer has it. */
    public String assetName(String assetId) {
        return assetNames.getOrDefault(assetId, assetId);
    }
}
