package org.vigil.core.cascade;

import java.util.Objects;
import java.util.OptionalDouble;

/** One service's continuity before and after a what-if; losses are 0 where unknown or not hit. */
public record ContinuityChange(
        String assetId,
        OptionalDouble rtoBreachBefore,
        OptionalDouble rtoBreachAfter,
        OptionalDouble mtpdBreachBefore,
        OptionalDouble mtpdBreachAfter,
        double lossBefore,
        double lossAfter) {

    public ContinuityChange {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(rtoBreachBefore, "rtoBreachBefore");
        Objects.requireNonNull(rtoBreachAfter, "rtoBreachAfter");
        Objects.requireNonNull(mtpdBreachBefore, "mtpdBreachBefore");
        Objects.requireNonNull(mtpdBreachAfter, "mtpdBreachAfter");
    }

    public BreachOutcome rto() {
        return BreachOutcome.of(rtoBreachBefore, rtoBreachAfter);
    }

    public BreachOutcome mtpd() {
        return BreachOutcome.of(mtpdBreachBefore, mtpdBreachAfter);
    }

    public double lossAvoided() {
        return lossBefore - lossAfter;
    }
}
