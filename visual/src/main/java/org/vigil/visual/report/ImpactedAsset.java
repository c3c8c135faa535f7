package org.vigil.visual.report;

import java.time.Instant;
import java.util.Objects;
import org.vigil.core.model.Layer;

/**
 * An asset a cascade hits: when (its onset, as a wall-clock time), how likely, and its impact at the
 * cascade's last horizon, in [0, 1].
 */
public record ImpactedAsset(
        String scenarioId, String assetId, String name, Layer layer, Instant onset, double likelihood, double impact) {

    public ImpactedAsset {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(onset, "onset");
    }
}
