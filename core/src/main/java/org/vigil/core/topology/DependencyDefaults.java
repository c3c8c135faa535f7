package org.vigil.core.topology;

import java.util.Objects;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;

/**
 * The parameters every imported dependency gets unless its edge says otherwise; see
 * {@link Dependency} for what they mean.
 */
public record DependencyDefaults(
        DependencyType type,
        double likelihood,
        double delayMinutes,
        ImpactGrowth growth,
        double rampMinutes,
        double maxImpact) {

    /** A failure passes each link with even odds, at once and in full. */
    public static final DependencyDefaults STANDARD =
            new DependencyDefaults(DependencyType.CONNECTS, 0.5, 0, ImpactGrowth.STEP, 0, Dependency.FULL_IMPACT);

    public DependencyDefaults {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(growth, "growth");
        if (!(likelihood >= 0 && likelihood <= 1) || !(maxImpact >= 0 && maxImpact <= 1)) {
            throw new IllegalArgumentException("likelihood and maxImpact must lie in [0, 1]");
        }
        if (!(delayMinutes >= 0) || !(rampMinutes >= 0) || Double.isInfinite(delayMinutes + rampMinutes)) {
            throw new IllegalArgumentException("delay and ramp must be finite and not negative");
        }
        if (growth.needsRamp() != (rampMinutes > 0)) {
            throw new IllegalArgumentException(growth + " growth with a ramp of " + rampMinutes + " minutes");
        }
    }
}
