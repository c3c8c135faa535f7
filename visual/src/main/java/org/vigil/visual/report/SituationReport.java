package org.vigil.visual.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;

/**
 * Everything a situation report says about one scenario, or the whole workspace when {@code
 * scenarioId} is empty: its incidents (most recently changed first, with titles in the reader's
 * language), what their cascade does, the assets whose failure would cost most, and the feeds'
 * counts.
 */
public record SituationReport(
        Instant generatedAt,
        Optional<String> scenarioId,
        String scopeName,
        List<Line> incidents,
        CascadeDigest cascade,
        List<CriticalAsset> criticalAssets,
        FeedCounts feeds) {

    /** An incident of the list with its translated title. */
    public record Line(IncidentSummary incident, String title) {
        public Line {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(title, "title");
        }
    }

    /** What the failure of one asset alone would cost by a day: its expected impact and how many assets it hits. */
    public record CriticalAsset(
            String scenarioId, String assetId, String name, int criticality, double expectedImpact, int assetsHit) {
        public CriticalAsset {
            Objects.requireNonNull(scenarioId, "scenarioId");
            Objects.requireNonNull(assetId, "assetId");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Events stored, records quarantined (unreadable), and stored events that concern no modelled asset. */
    public record FeedCounts(long stored, long quarantined, long unmapped) {}

    public SituationReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(scopeName, "scopeName");
        incidents = List.copyOf(incidents);
        Objects.requireNonNull(cascade, "cascade");
        criticalAssets = List.copyOf(criticalAssets);
        Objects.requireNonNull(feeds, "feeds");
    }

    /** Open incidents counted by severity (most severe first) and state. */
    public Map<EventSeverity, Map<IncidentState, Integer>> openCounts() {
        Map<EventSeverity, Map<IncidentState, Integer>> counts = new EnumMap<>(EventSeverity.class);
        for (Line line : incidents) {
            IncidentSummary incident = line.incident();
            if (incident.state().open()) {
                counts.computeIfAbsent(incident.severity(), s -> new EnumMap<>(IncidentState.class))
                        .merge(incident.state(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public int openCount() {
        return (int) incidents.stream().filter(l -> l.incident().state().open()).count();
    }
}
