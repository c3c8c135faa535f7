package org.vigil.visual.graph.scene;

import java.util.Objects;
import java.util.Optional;
import org.vigil.core.model.Layer;

/**
 * One drawn node: an asset, or at a coarser level of detail a group of assets or a whole
 * organisation (with {@code memberCount} assets inside). {@code impact} is the cascade's impact at the
 * page's current minute, 0 to 1. {@code condition} is never shown by colour alone: renderers pair
 * each condition with its own shape or badge. {@code label} is model text (an asset's name in the
 * scenario's translation), {@code tooltip} the translated hover text.
 */
public record SceneNode(
        String id,
        NodeKind kind,
        String label,
        String tooltip,
        Optional<Layer> layer,
        String organisationId,
        double x,
        double y,
        double radius,
        NodeCondition condition,
        double impact,
        boolean incident,
        int memberCount,
        Emphasis emphasis) {

    public SceneNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tooltip, "tooltip");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(emphasis, "emphasis");
        if (!(impact >= 0 && impact <= 1)) {
            throw new IllegalArgumentException("impact outside 0..1: " + impact);
        }
        if (radius <= 0) {
            throw new IllegalArgumentException("radius must be positive: " + radius);
        }
    }

    /** The same node at another place, as after a manual move. */
    public SceneNode at(double newX, double newY) {
        return new SceneNode(
                id,
                kind,
                label,
                tooltip,
                layer,
                organisationId,
                newX,
                newY,
                radius,
                condition,
                impact,
                incident,
                memberCount,
                emphasis);
    }
}
