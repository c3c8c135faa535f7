package org.vigil.visual.cascade;

import java.util.List;
import java.util.Objects;
import org.vigil.core.cascade.BreachOutcome;

/**
 * Runs A (as is) and B (with the mitigations) side by side over the same samples, the per-service
 * differences, the assets B spares and the loss it avoids.
 */
public record WhatIfOutcome(
        CascadeOutcome runA, CascadeOutcome runB, List<ComparisonRow> rows, List<String> spared, double lossAvoided) {

    public WhatIfOutcome {
        Objects.requireNonNull(runA, "runA");
        Objects.requireNonNull(runB, "runB");
        rows = List.copyOf(rows);
        spared = List.copyOf(spared);
    }

    /** Continuity targets (RTO and MTPD counted apart) breached in A and not in B. */
    public int breachesAvoided() {
        return count(BreachOutcome.AVOIDED);
    }

    /** Continuity targets breached in B and not in A. */
    public int breachesGained() {
        return count(BreachOutcome.NEW);
    }

    private int count(BreachOutcome outcome) {
        return (int) rows.stream()
                .mapToLong(r -> (r.rto() == outcome ? 1 : 0) + (r.mtpd() == outcome ? 1 : 0))
                .sum();
    }
}
