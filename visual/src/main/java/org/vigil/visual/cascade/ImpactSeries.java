package org.vigil.visual.cascade;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One business service's impact over time, 0 to 1 at each sampled minute of its {@link
 * CascadeOutcome}, with the minutes its RTO and MTPD run out (onset + target) if it has targets.
 */
public record ImpactSeries(
        String assetId,
        double onsetMinute,
        List<Double> impacts,
        OptionalDouble rtoDeadline,
        OptionalDouble mtpdDeadline) {

    public ImpactSeries {
        Objects.requireNonNull(assetId, "assetId");
        impacts = List.copyOf(impacts);
        Objects.requireNonNull(rtoDeadline, "rtoDeadline");
        Objects.requireNonNull(mtpdDeadline, "mtpdDeadline");
    }

    /** The impact at the last sampled minute: the horizon. */
    public double finalImpact() {
        return impacts.isEmpty() ? 0 : impacts.get(impacts.size() - 1);
    }

    /** The highest impact over the samples. */
    public double peakImpact() {
        return impacts.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
