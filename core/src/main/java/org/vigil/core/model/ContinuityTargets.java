package org.vigil.core.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Continuity targets of a business asset from its business impact analysis: recovery time
 * objective and maximum tolerable period of disruption, in minutes, and, where known, the value
 * the service delivers per day when fully working (in the scenario's currency), which prices a
 * disruption.
 */
public record ContinuityTargets(int rtoMinutes, int mtpdMinutes, OptionalDouble outputPerDay) {
    public ContinuityTargets {
        if (rtoMinutes <= 0 || mtpdMinutes <= 0 || rtoMinutes > mtpdMinutes) {
            throw new IllegalArgumentException("need 0 < RTO <= MTPD, got " + rtoMinutes + " and " + mtpdMinutes);
        }
        Objects.requireNonNull(outputPerDay, "outputPerDay");
        if (outputPerDay.isPresent() && !(outputPerDay.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("negative output per day: " + outputPerDay.getAsDouble());
        }
    }

    public ContinuityTargets(int rtoMinutes, int mtpdMinutes) {
        this(rtoMinutes, mtpdMinutes, OptionalDouble.empty());
    }
}
