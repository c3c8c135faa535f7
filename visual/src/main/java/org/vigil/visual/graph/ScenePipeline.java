package org.vigil.visual.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ExplanationPath;
import org.vigil.core.cascade.Hop;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * One scene build, start to end: states at the minute, filtering and collapsing, layout (a force
 * layout only when the visible graph changed), highlights of the selection and its explanation path,
 * focus around an incident, and the selected node's details. Runs off the UI thread.
 */
public final class ScenePipeline {

    /** A force layout with the visible graph it was made for. */
    public record Laid(VisibleGraph graph, Placement placement) {}

    /** What a build gives the page. */
    public record Built(GraphScene scene, VisibleGraph graph, Optional<Laid> force, Optional<NodeDetails> details) {}

    private final GraphLayout layered;
    private final GraphLayout force;
    private final SceneBuilder builder = new SceneBuilder();
    private final double failureThreshold;

    public ScenePipeline(GraphLayout layered, GraphLayout force, double failureThreshold) {
        this.layered = layered;
        this.force = force;
        this.failureThreshold = failureThreshold;
    }

    public ScenePipeline() {
        this(new LayeredLayout(), new ForceLayout(), NodeConditions.DEFAULT_FAILURE_THRESHOLD);
    }

    public Built run(SceneRequest request, LayoutProgress progress) {
        Scenario scenario = request.scenario();
        NodeConditions states = NodeConditions.at(scenario, request.situation(), request.minute(), failureThreshold);
        VisibleGraph visible = VisibleGraph.of(
                scenario, request.collapsing(), asset -> request.filter().shows(asset, states.condition(asset.id())));
        List<String> organisations =
                scenario.organisations().stream().map(Organisation::id).toList();
        Optional<Laid> laidForce = Optional.empty();
        Placement placement;
        if (request.layout() == LayoutKind.FORCE) {
            Laid laid = request.earlierForce()
                    .filter(earlier -> earlier.graph().nodes().equals(visible.nodes())
                            && earlier.graph().edges().equals(visible.edges()))
                    .orElseGet(() -> new Laid(visible, force.place(visible, organisations, progress)));
            laidForce = Optional.of(laid);
            placement = laid.placement();
        } else {
            placement = layered.place(visible, organisations, progress);
        }
        Optional<String> selected =
                request.selectedNodeId().filter(id -> visible.node(id).isPresent());
        Optional<ExplanationPath> path = selected.flatMap(id -> explanation(id, states));
        Set<String> highlighted = new HashSet<>(request.selectedAssets());
        Set<List<String>> pathEdges = new HashSet<>();
        path.ifPresent(p -> {
            highlighted.addAll(p.assetIds());
            p.hops().forEach(h -> pathEdges.add(List.of(h.fromId(), h.toId())));
        });
        Optional<Set<String>> focus = request.focusSeeds()
                .filter(seeds -> !seeds.isEmpty())
                .map(seeds -> new FocusNeighbourhood(scenario).around(seeds, request.focusDepth()));
        GraphScene scene = builder.build(
                scenario,
                visible,
                placement,
                request.moved(),
                states,
                new Highlights(selected, highlighted, pathEdges, focus),
                request.text());
        Optional<NodeDetails> details =
                selected.map(id -> details(scene.node(id), visible, states, path, request.text()));
        return new Built(scene, visible, laidForce, details);
    }

    private static Optional<ExplanationPath> explanation(String nodeId, NodeConditions states) {
        Optional<CascadeResult> result = states.result();
        if (result.isEmpty()
                || result.get().graph().indexOf(nodeId) < 0
                || !result.get().isImpacted(nodeId)) {
            return Optional.empty();
        }
        return result.get().explain(nodeId, 1).stream().findFirst();
    }

    private static NodeDetails details(
            SceneNode node,
            VisibleGraph visible,
            NodeConditions states,
            Optional<ExplanationPath> path,
            SceneText text) {
        boolean asset = node.kind() == NodeKind.ASSET;
        OptionalDouble onset = asset ? states.of(node.id()).onsetMinute() : earliestOnset(visible, node.id(), states);
        Optional<NodeDetails.Explanation> explanation = path.map(p -> {
            List<NodeDetails.PathHop> hops = new ArrayList<>();
            for (Hop hop : p.hops()) {
                hops.add(new NodeDetails.PathHop(
                        hop.fromId(),
                        text.assetName(hop.fromId()),
                        hop.toId(),
                        text.assetName(hop.toId()),
                        hop.arrivalMinute(),
                        hop.likelihood()));
            }
            return new NodeDetails.Explanation(
                    p.startAssetId(), text.assetName(p.startAssetId()), p.startMinute(), hops, p.likelihood());
        });
        return new NodeDetails(
                node.id(),
                node.kind(),
                node.label(),
                node.layer(),
                text.organisationName(node.organisationId()),
                node.condition(),
                node.impact(),
                onset,
                node.incident(),
                node.memberCount(),
                explanation);
    }

    private static OptionalDouble earliestOnset(VisibleGraph visible, String nodeId, NodeConditions states) {
        return visible.node(nodeId).orElseThrow().assetIds().stream()
                .map(states::of)
                .filter(s -> s.onsetMinute().isPresent())
                .mapToDouble(s -> s.onsetMinute().getAsDouble())
                .min();
    }
}
