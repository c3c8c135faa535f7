package org.vigil.core.cascade;

import java.util.Objects;

/**
 * One asset at one horizon of a run: when it was first hit, how likely and how badly the cascade
 * hits it at most, its impact at the horizon and the risk (likelihood × impact).
 */
public record AssetImpact(
        String assetId, double onsetMinute, double likelihood, double level, double impact, double risk) {
    public AssetImpact {
        Objects.requireNonNull(assetId, "assetId");
    }
}
