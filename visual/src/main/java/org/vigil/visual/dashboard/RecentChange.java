package org.vigil.visual.dashboard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;

/**
 * One line of "what changed in the last hour". {@code target} is what a click selects: the incident
 * id, the asset id (in {@code scenarioId}) or the feed source. {@code title} is the incident's stored
 * title; {@code author} who moved it; {@code state} where to.
 */
public record RecentChange(
        Instant at,
        Kind kind,
        String target,
        Optional<String> scenarioId,
        Optional<String> ruleId,
        Optional<String> title,
        Optional<EventSeverity> severity,
        Optional<String> author,
        Optional<IncidentState> state) {

    public enum Kind {
        INCIDENT_RAISED,
        INCIDENT_MOVED,
        ASSET_HIT,
        FEED_SILENT
    }

    public RecentChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(state, "state");
    }

    static RecentChange assetHit(Instant at, String scenarioId, String assetId) {
        return new RecentChange(
                at,
                Kind.ASSET_HIT,
                assetId,
                Optional.of(scenarioId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    static RecentChange feedSilent(Instant at, String source) {
        return new RecentChange(
                at,
                Kind.FEED_SILENT,
                source,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
