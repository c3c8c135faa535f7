package org.vigil.core.cascade.live;

import java.time.Duration;
import java.util.Objects;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityReport;

/**
 * What a scenario's open incidents are doing to it: the cascade from them, its continuity
 * breaches, and how long computing it took (the live views promise to follow incidents within
 * 100 ms).
 */
public record CascadeSituation(
        String scenarioId,
        IncidentStarts starts,
        CascadeResult result,
        ContinuityReport continuity,
        Duration computedIn) {

    public CascadeSituation {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(continuity, "continuity");
        Objects.requireNonNull(computedIn, "computedIn");
    }
}
