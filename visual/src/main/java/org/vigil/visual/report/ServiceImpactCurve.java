package org.vigil.visual.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A business service's impact over a cascade, in [0, 1], sampled every {@code stepMinutes} from
 * {@code start} (the cascade's minute 0, a wall-clock time) to its last horizon.
 */
public record ServiceImpactCurve(
        String scenarioId, String assetId, String name, Instant start, double stepMinutes, List<Double> impacts) {

    public ServiceImpactCurve {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        if (!(stepMinutes > 0)) {
            throw new IllegalArgumentException("step must be positive: " + stepMinutes);
        }
        impacts = List.copyOf(impacts);
        if (impacts.isEmpty()) {
            throw new IllegalArgumentException("a curve needs at least one sample");
        }
    }

    /** The highest impact the service reaches. */
    public double peak() {
        return impacts.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The mean impact over the samples: how long and how hard the service is hit. */
    public double mean() {
        return impacts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The impact at the last sample. */
    public double last() {
        return impacts.get(impacts.size() - 1);
    }

    /** Minutes from {@code start} to the last sample. */
    public double lengthMinutes() {
        return (impacts.size() - 1) * stepMinutes;
    }

    /** The impact {@code minute} minutes after {@code start}, between samples on a straight line; 0 before. */
    public double impactAt(double minute) {
        if (minute < 0) {
            return 0;
        }
        double position = minute / stepMinutes;
        int i = (int) Math.floor(position);
        if (i >= impacts.size() - 1) {
            return last();
        }
        double share = position - i;
        return impacts.get(i) * (1 - share) + impacts.get(i + 1) * share;
    }
}
