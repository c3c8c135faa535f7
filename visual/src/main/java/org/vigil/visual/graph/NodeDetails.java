package org.vigil.visual.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.vigil.core.model.Layer;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;

/**
 * What the side panel says about the selected node, in the language of the scene it came with: its
 * name, layer and organisation, its state at the page's minute and, for an impacted asset, the most
 * likely way the cascade reaches it.
 */
public record NodeDetails(
        String nodeId,
        NodeKind kind,
        String name,
        Optional<Layer> layer,
        String organisationName,
        NodeCondition condition,
        double impact,
        OptionalDouble onsetMinute,
        boolean incident,
        int memberCount,
        Optional<Explanation> explanation) {

    /** The most likely chain from a start asset to the selected one. */
    public record Explanation(
            String startAssetId, String startName, double startMinute, List<PathHop> hops, double likelihood) {
        public Explanation {
            Objects.requireNonNull(startAssetId, "startAssetId");
            Objects.requireNonNull(startName, "startName");
            hops = List.copyOf(hops);
        }
    }

    /** One dependency of the chain, with the names to show. */
    public record PathHop(
            String fromId, String fromName, String toId, String toName, double arrivalMinute, double likelihood) {
        public PathHop {
            Objects.requireNonNull(fromId, "fromId");
            Objects.requireNonNull(toId, "toId");
        }
    }

    public NodeDetails {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(onsetMinute, "onsetMinute");
        Objects.requireNonNull(explanation, "explanation");
    }
}
