package org.vigil.visual.cascade;

import java.util.Objects;
import java.util.Optional;
import org.vigil.core.cascade.BreachOutcome;
import org.vigil.core.cascade.ContinuityChange;

/**
 * One business service in runs A and B: its impact at the horizon in each and, for a service with
 * continuity targets, what B does to its breaches.
 */
public record ComparisonRow(String assetId, double impactA, double impactB, Optional<ContinuityChange> continuity) {

    public ComparisonRow {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(continuity, "continuity");
    }

    /** B minus A: negative where B helps. */
    public double difference() {
        return impactB - impactA;
    }

    public BreachOutcome rto() {
        return continuity.map(ContinuityChange::rto).orElse(BreachOutcome.NONE);
    }

    public BreachOutcome mtpd() {
        return continuity.map(ContinuityChange::mtpd).orElse(BreachOutcome.NONE);
    }
}
