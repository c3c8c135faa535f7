package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.List;

/**
 * One point of a stream looked back at: what was observed, what the detector expected and how unusual
 * it found it. NaN where the detector did not know yet.
 *
 * @param contributions the features that contributed most, largest first
 */
public record StreamPoint(
        Instant time,
        double observed,
        double expected,
        double lower,
        double upper,
        double score,
        List<Contribution> contributions) {

    public StreamPoint {
        contributions = List.copyOf(contributions);
    }

    static StreamPoint of(AnomalyResult result) {
        return new StreamPoint(
                result.timestamp(),
                result.observed(),
                result.expected(),
                result.lower(),
                result.upper(),
                result.score(),
                result.contributions());
    }

    /** Whether the point raises an anomaly at {@code threshold}, as the monitor decides. */
    public boolean firesAt(double threshold) {
        return score >= threshold;
    }
}
