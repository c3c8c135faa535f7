package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.List;

/**
 * What a detector says about one point of its stream.
 *
 * @param timestamp when the point was measured
 * @param observed the value seen
 * @param score how anomalous, 0 (as expected) to 1 (never seen anything like it)
 * @param expected what the detector expected instead, NaN while it has not learnt enough
 * @param lower the low end of the band of normal values, NaN while unknown
 * @param upper the high end of the band of normal values, NaN while unknown
 * @param contributions the features that contributed most, largest first; empty when the score is 0
 */
public record AnomalyResult(
        Instant timestamp,
        double observed,
        double score,
        double expected,
        double lower,
        double upper,
        List<Contribution> contributions) {

    public AnomalyResult {
        contributions = List.copyOf(contributions);
    }

    /** Whether the score reaches {@code threshold}. */
    public boolean isAnomaly(double threshold) {
        return score >= threshold;
    }

    /** Whether the observed value lies outside the band of normal values (false while there is none). */
    public boolean outsideBand() {
        return observed < lower || observed > upper;
    }
}
