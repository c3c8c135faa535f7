package org.vigil.visual.dashboard;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A business-layer asset the cascade hits: its impact now and at most (0 to 1), how likely that is,
 * and the minutes from now to its RTO and MTPD breaches (negative once breached; empty when it has no
 * such target or recovers first).
 */
public record ServiceImpact(
        String scenarioId,
        String assetId,
        double impactNow,
        double level,
        double likelihood,
        OptionalDouble minutesToRtoBreach,
        OptionalDouble minutesToMtpdBreach) {

    public ServiceImpact {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(minutesToRtoBreach, "minutesToRtoBreach");
        Objects.requireNonNull(minutesToMtpdBreach, "minutesToMtpdBreach");
    }

    /** The first breach still to come or already past: the RTO's, else the MTPD's. */
    public OptionalDouble minutesToFirstBreach() {
        return minutesToRtoBreach.isPresent() ? minutesToRtoBreach : minutesToMtpdBreach;
    }
}
