package org.vigil.visual.cascade;

import java.util.List;
import java.util.Objects;
import org.vigil.core.cascade.CascadeResult;

/**
 * One cascade run as the panel shows it: the start set, the minutes sampled from its first start
 * to the horizon, each business service's impact there, the continuity rows (earliest breach
 * first) and the riskiest chains from the start set. Keeps the engine's result for what-ifs.
 */
public record CascadeOutcome(
        StartSet starts,
        List<Double> sampleMinutes,
        List<ImpactSeries> series,
        List<ContinuityRow> continuity,
        List<ChainRow> chains,
        CascadeResult result) {

    public CascadeOutcome {
        Objects.requireNonNull(starts, "starts");
        sampleMinutes = List.copyOf(sampleMinutes);
        series = List.copyOf(series);
        continuity = List.copyOf(continuity);
        chains = List.copyOf(chains);
        Objects.requireNonNull(result, "result");
    }

    public double origin() {
        return sampleMinutes.get(0);
    }

    public double horizon() {
        return sampleMinutes.get(sampleMinutes.size() - 1);
    }

    public long breachCount() {
        return continuity.stream().filter(r -> r.firstBreach().isPresent()).count();
    }
}
