package org.vigil.visual.graph;

import java.util.Objects;
import org.vigil.core.model.Layer;

/** The assets of one organisation in one layer: what an asset group node stands for. */
public record GroupKey(String organisationId, Layer layer) {

    public GroupKey {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(layer, "layer");
    }
}
