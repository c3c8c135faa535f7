package org.vigil.visual.dashboard;

import java.util.Objects;
import org.vigil.core.model.Layer;

/** An asset whose failure alone costs most: its expected impact and how many assets its failure hits. */
public record CriticalAsset(String scenarioId, String assetId, Layer layer, double expectedImpact, int assetsHit) {

    public CriticalAsset {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(layer, "layer");
    }
}
