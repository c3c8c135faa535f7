package org.vigil.visual.graph;

import java.util.Objects;
import java.util.OptionalDouble;
import org.vigil.visual.graph.scene.NodeCondition;

/**
 * One asset at the page's minute: its condition, the cascade's impact on it (0 to 1), when the
 * cascade first reaches it (empty if never) and whether it is in an open incident.
 */
public record AssetState(NodeCondition condition, double impact, OptionalDouble onsetMinute, boolean incident) {

    public static final AssetState UNTOUCHED = new AssetState(NodeCondition.NORMAL, 0, OptionalDouble.empty(), false);

    public AssetState {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(onsetMinute, "onsetMinute");
        if (!(impact >= 0 && impact <= 1)) {
            throw new IllegalArgumentException("impact outside 0..1: " + impact);
        }
    }
}
