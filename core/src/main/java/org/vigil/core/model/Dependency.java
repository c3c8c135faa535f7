package org.vigil.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A failure of {@code fromId} propagates to {@code toId} with the given likelihood, after a delay,
 * growing to full impact over the ramp time. Dependencies of the same target in one redundancy
 * group are alternatives: any one member suffices.
 */
public record Dependency(
        String fromId,
        String toId,
        DependencyType type,
        double likelihood,
        double delayMinutes,
        ImpactGrowth growth,
        double rampMinutes,
        Optional<String> redundancyGroup) {

    public Dependency {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(redundancyGroup, "redundancyGroup");
        if (likelihood < 0 || likelihood > 1) {
            throw new IllegalArgumentException("likelihood out of range: " + likelihood);
        }
        if (delayMinutes < 0 || rampMinutes < 0) {
            throw new IllegalArgumentException("negative delay or ramp");
        }
    }
}
