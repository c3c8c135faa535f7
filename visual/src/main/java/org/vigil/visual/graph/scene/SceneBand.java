package org.vigil.visual.graph.scene;

import java.util.Objects;
import java.util.Optional;
import org.vigil.core.model.Layer;

/**
 * A horizontal band of the layered layout: one layer, with its translated label. The force-directed
 * layout has no bands. {@code layer} is empty for a band that groups no single layer.
 */
public record SceneBand(Optional<Layer> layer, String label, double top, double height) {

    public SceneBand {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
    }
}
