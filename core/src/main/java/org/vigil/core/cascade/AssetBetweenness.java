package org.vigil.core.cascade;

import java.util.Objects;

/** How much of the risky failure traffic runs through an asset (see {@link CriticalityAnalysis#betweenness}). */
public record AssetBetweenness(String assetId, double betweenness) {
    public AssetBetweenness {
        Objects.requireNonNull(assetId, "assetId");
    }
}
