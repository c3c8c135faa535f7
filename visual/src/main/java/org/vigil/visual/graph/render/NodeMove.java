package org.vigil.visual.graph.render;

import java.util.Objects;

/** A node dragged by hand from one place to another, in world coordinates. */
public record NodeMove(String nodeId, double fromX, double fromY, double toX, double toY) {

    public NodeMove {
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
