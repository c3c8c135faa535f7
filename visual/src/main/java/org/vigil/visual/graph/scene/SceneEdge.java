package org.vigil.visual.graph.scene;

import java.util.Objects;
import org.vigil.core.model.DependencyType;

/**
 * One drawn dependency: {@code toId} depends on {@code fromId}, so impact travels from → to.
 * Between grouped nodes one edge stands for {@code multiplicity} dependencies. {@code impactFlows}
 * marks an edge the cascade passes impact through at the page's current minute; renderers draw it
 * differently (width and dash, not colour alone).
 */
public record SceneEdge(
        String fromId, String toId, DependencyType type, boolean impactFlows, int multiplicity, Emphasis emphasis) {

    public SceneEdge {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(emphasis, "emphasis");
        if (multiplicity < 1) {
            throw new IllegalArgumentException("multiplicity must be at least 1: " + multiplicity);
        }
    }
}
