package org.vigil.core.cascade;

import java.util.List;
import java.util.Optional;

/**
 * The answer of a {@link RootCauseDiagnosis}: the candidates, best explanation first (ties by
 * asset id), and the minute taken as "now" on the observations' clock.
 */
public record Diagnosis(List<Observation> observations, double nowMinute, List<RootCauseCandidate> candidates) {
    public Diagnosis {
        observations = List.copyOf(observations);
        candidates = List.copyOf(candidates);
    }

    /** The best {@code k} candidates. */
    public List<RootCauseCandidate> top(int k) {
        return candidates.subList(0, Math.min(Math.max(k, 0), candidates.size()));
    }

    /** The candidates' asset ids in rank order. */
    public List<String> rankedAssetIds() {
        return candidates.stream().map(RootCauseCandidate::assetId).toList();
    }

    public Optional<RootCauseCandidate> candidate(String assetId) {
        return candidates.stream().filter(c -> c.assetId().equals(assetId)).findFirst();
    }
}
