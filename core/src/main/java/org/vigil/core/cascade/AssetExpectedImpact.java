package org.vigil.core.cascade;

import java.util.Objects;

/**
 * What the failure of one asset alone costs by a horizon: the expected impact (see {@link
 * CriticalityAnalysis#expectedImpacts}) and how many assets it hits by then, itself included.
 */
public record AssetExpectedImpact(String assetId, double expectedImpact, int assetsHit) {
    public AssetExpectedImpact {
        Objects.requireNonNull(assetId, "assetId");
    }
}
