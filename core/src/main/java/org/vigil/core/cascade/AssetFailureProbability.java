package org.vigil.core.cascade;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One asset over the runs of a Monte Carlo cascade: the share of runs in which it was hit at or
 * before each horizon ({@code byHorizon}, in the order of the settings' horizons) and at all
 * ({@code ever}), with the mean onset over the runs that hit it (empty if none did).
 */
public record AssetFailureProbability(
        String assetId, List<Double> byHorizon, double ever, OptionalDouble meanOnsetMinute) {
    public AssetFailureProbability {
        Objects.requireNonNull(assetId, "assetId");
        byHorizon = List.copyOf(byHorizon);
        Objects.requireNonNull(meanOnsetMinute, "meanOnsetMinute");
    }
}
