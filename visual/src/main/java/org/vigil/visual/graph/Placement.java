package org.vigil.visual.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.model.Layer;

/** Where a layout put each node, the layer bands it drew (none for a force layout) and the extent. */
public record Placement(Map<String, Point> positions, List<Band> bands, double width, double height) {

    /** A layer's horizontal band. */
    public record Band(Layer layer, double top, double height) {
        public Band {
            Objects.requireNonNull(layer, "layer");
        }
    }

    public Placement {
        positions = Map.copyOf(positions);
        bands = List.copyOf(bands);
    }
}
