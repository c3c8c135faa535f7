package org.vigil.visual.dashboard;

import java.util.Objects;
import org.vigil.core.model.Layer;

/** Assets of a layer the cascade of open incidents hits by now, and how many it hits in all. */
public record LayerImpact(Layer layer, int hitNow, int hitInAll) {

    public LayerImpact {
        Objects.requireNonNull(layer, "layer");
    }
}
