package org.vigil.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A failure of {@code fromId} propagates to {@code toId} with the given likelihood, after a delay,
 * growing over the ramp time up to {@code maxImpact} (the share of {@code toId}'s function that
 * depends on {@code fromId}: 1 means it stops altogether). Dependencies of the same target in one
 * redundancy group are alternatives: any one member suffices.
 */
public record Dependency(
        String fromId,
        String toId,
        DependencyType type,
        double likelihood,
        double delayMinutes,
        ImpactGrowth growth,
        double rampMinutes,
        double maxImpact,
        Optional<String> redundancyGroup) {

    /** The impact of a dependency whose file does not say: the dependent stops altogether. */
    public static final double FULL_IMPACT = 1.0;

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
        if (!(maxImpact >= 0 && maxImpact <= 1)) {
            throw new IllegalArgumentException("maxImpact out of range: " + maxImpact);
        }
    }

    /** A dependency whose failure stops the dependent altogether. */
    public Dependency(
            String fromId,
            String toId,
            DependencyType type,
            double likelihood,
            double delayMinutes,
            ImpactGrowth growth,
            double rampMinutes,
            Optional<String> redundancyGroup) {
        this(fromId, toId, type, likelihood, delayMinutes, growth, rampMinutes, FULL_IMPACT, redundancyGroup);
    }
}
