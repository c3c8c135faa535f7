package org.vigil.visual.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneBand;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * Puts a scene together: the visible graph at the layout's places (or where the analyst dragged
 * nodes), each node with its condition, impact and incident marker at the page's minute (a group
 * takes its worst member's condition and highest impact), and the emphasis of selection, explanation
 * path and incident focus. Pure: runs off the UI thread.
 */
public final class SceneBuilder {

    static final double ASSET_RADIUS = 16;
    static final double GROUP_RADIUS = 20;
    static final double ORGANISATION_RADIUS = 26;

    public GraphScene build(
            Scenario scenario,
            VisibleGraph visible,
            Placement placement,
            Map<String, Point> moved,
            NodeConditions states,
            Highlights highlights,
            SceneText text) {
        Map<String, Asset> assets = scenario.assetsById();
        Map<String, Emphasis> emphasis = new HashMap<>();
        List<SceneNode> nodes = new ArrayList<>();
        double width = placement.width();
        double height = placement.height();
        for (VisibleGraph.Node node : visible.nodes()) {
            Point at = moved.getOrDefault(node.id(), placement.positions().get(node.id()));
            if (at == null) {
                continue; // a layout of another structure: the next build places it
            }
            Emphasis shown = emphasis(node, highlights);
            emphasis.put(node.id(), shown);
            SceneNode drawn = sceneNode(node, at, states, shown, assets, text);
            width = Math.max(width, at.x() + drawn.radius() * 2);
            height = Math.max(height, at.y() + drawn.radius() * 2);
            nodes.add(drawn);
        }
        List<SceneEdge> edges = new ArrayList<>();
        for (VisibleGraph.Edge edge : visible.edges()) {
            Emphasis from = emphasis.get(edge.fromId());
            Emphasis to = emphasis.get(edge.toId());
            if (from == null || to == null) {
                continue;
            }
            boolean flows = edge.dependencies().stream().anyMatch(states::flows);
            edges.add(new SceneEdge(
                    edge.fromId(),
                    edge.toId(),
                    edge.type(),
                    flows,
                    edge.multiplicity(),
                    edgeEmphasis(edge, from, to, highlights)));
        }
        List<SceneBand> bands = placement.bands().stream()
                .map(b -> new SceneBand(Optional.of(b.layer()), text.layer(b.layer()), b.top(), b.height()))
                .toList();
        return new GraphScene(bands, nodes, edges, Math.max(0, width), Math.max(0, height));
    }

    private static Emphasis emphasis(VisibleGraph.Node node, Highlights highlights) {
        if (highlights.selectedNodeId().filter(node.id()::equals).isPresent()) {
            return Emphasis.SELECTED;
        }
        if (node.assetIds().stream().anyMatch(highlights.assets()::contains)) {
            return Emphasis.HIGHLIGHTED;
        }
        if (highlights.focus().isPresent()
                && node.assetIds().stream().noneMatch(highlights.focus().get()::contains)) {
            return Emphasis.FADED;
        }
        return Emphasis.NORMAL;
    }

    private static Emphasis edgeEmphasis(VisibleGraph.Edge edge, Emphasis from, Emphasis to, Highlights highlights) {
        for (Dependency dependency : edge.dependencies()) {
            if (highlights.dependencies().contains(List.of(dependency.fromId(), dependency.toId()))) {
                return Emphasis.HIGHLIGHTED;
            }
        }
        return from == Emphasis.FADED || to == Emphasis.FADED ? Emphasis.FADED : Emphasis.NORMAL;
    }

    private static SceneNode sceneNode(
            VisibleGraph.Node node,
            Point at,
            NodeConditions states,
            Emphasis emphasis,
            Map<String, Asset> assets,
            SceneText text) {
        if (node.kind() == NodeKind.ASSET) {
            Asset asset = assets.get(node.id());
            AssetState state = states.of(asset.id());
            return new SceneNode(
                    node.id(),
                    NodeKind.ASSET,
                    text.assetName(asset),
                    text.assetTooltip(asset, state),
                    node.layer(),
                    node.organisationId(),
                    at.x(),
                    at.y(),
                    ASSET_RADIUS,
                    state.condition(),
                    state.impact(),
                    state.incident(),
                    1,
                    emphasis);
        }
        NodeCondition worst = NodeCondition.NORMAL;
        double impact = 0;
        boolean incident = false;
        for (String member : node.assetIds()) {
            AssetState state = states.of(member);
            worst = state.condition().compareTo(worst) > 0 ? state.condition() : worst;
            impact = Math.max(impact, state.impact());
            incident |= state.incident();
        }
        int members = node.assetIds().size();
        double grow = 2 * Math.sqrt(members);
        boolean group = node.kind() == NodeKind.ASSET_GROUP;
        String label = group
                ? text.groupLabel(node.organisationId(), node.layer().orElseThrow())
                : text.organisationName(node.organisationId());
        String tooltip = group
                ? text.groupTooltip(node.organisationId(), node.layer().orElseThrow(), members, worst, impact, incident)
                : text.organisationTooltip(node.organisationId(), members, worst, impact, incident);
        return new SceneNode(
                node.id(),
                node.kind(),
                label,
                tooltip,
                node.layer(),
                node.organisationId(),
                at.x(),
                at.y(),
                (group ? GROUP_RADIUS : ORGANISATION_RADIUS) + grow,
                worst,
                impact,
                incident,
                members,
                emphasis);
    }
}
