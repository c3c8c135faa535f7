package org.vigil.core.cascade;

import java.util.List;
import java.util.Objects;

/** One asset's impact at each horizon before and after a what-if. */
public record ImpactChange(String assetId, List<Double> before, List<Double> after) {
    public ImpactChange {
        Objects.requireNonNull(assetId, "assetId");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** After minus before at horizon {@code h}: negative where the what-if helps. */
    public double difference(int h) {
        return after.get(h) - before.get(h);
    }

    /** The largest reduction over the horizons (0 if the impact nowhere went down). */
    public double largestReduction() {
        double largest = 0;
        for (int h = 0; h < before.size(); h++) {
            largest = Math.max(largest, -difference(h));
        }
        return largest;
    }
}
