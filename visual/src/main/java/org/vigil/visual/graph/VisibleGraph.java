package org.vigil.visual.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.NodeKind;

/**
 * The nodes and edges the page shows once filters and collapsing are applied, before layout: each
 * node with the assets it stands for, each edge with the dependencies it merges. Dependencies inside
 * one collapsed node vanish; dependencies between the same two nodes become one edge.
 */
public record VisibleGraph(List<Node> nodes, List<Edge> edges) {

    /** A node to draw, with the assets it stands for (itself for an asset). */
    public record Node(String id, NodeKind kind, Optional<Layer> layer, String organisationId, List<String> assetIds) {
        public Node {
            Objects.requireNonNull(id, "id");
            assetIds = List.copyOf(assetIds);
        }
    }

    /** An edge between two drawn nodes, standing for one or more dependencies. */
    public record Edge(String fromId, String toId, List<Dependency> dependencies) {
        public Edge {
            dependencies = List.copyOf(dependencies);
            if (dependencies.isEmpty()) {
                throw new IllegalArgumentException("an edge needs at least one dependency");
            }
        }

        public int multiplicity() {
            return dependencies.size();
        }

        /** The type most of its dependencies have (the first such in file order on a tie). */
        public DependencyType type() {
            Map<DependencyType, Integer> counts = new LinkedHashMap<>();
            dependencies.forEach(d -> counts.merge(d.type(), 1, Integer::sum));
            return counts.entrySet().stream()
                    .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .orElseThrow()
                    .getKey();
        }
    }

    public VisibleGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The scenario at the given level of detail, without the assets {@code shown} refuses. Nodes
     * come in the scenario's asset order (a group or organisation where its first shown asset is).
     */
    public static VisibleGraph of(Scenario scenario, Collapsing collapsing, Predicate<Asset> shown) {
        Map<String, String> nodeOfAsset = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, Asset> first = new LinkedHashMap<>();
        for (Asset asset : scenario.assets()) {
            if (!shown.test(asset)) {
                continue;
            }
            String node = collapsing.nodeOf(asset);
            nodeOfAsset.put(asset.id(), node);
            members.computeIfAbsent(node, n -> new ArrayList<>()).add(asset.id());
            first.putIfAbsent(node, asset);
        }
        List<Node> nodes = new ArrayList<>();
        members.forEach((id, assets) -> {
            Asset sample = first.get(id);
            if (NodeIds.organisationOf(id).isPresent()) {
                nodes.add(new Node(id, NodeKind.ORGANISATION, Optional.empty(), sample.ownerId(), assets));
            } else if (NodeIds.groupOf(id).isPresent()) {
                nodes.add(new Node(id, NodeKind.ASSET_GROUP, Optional.of(sample.layer()), sample.ownerId(), assets));
            } else {
                nodes.add(new Node(id, NodeKind.ASSET, Optional.of(sample.layer()), sample.ownerId(), assets));
            }
        });
        Map<List<String>, List<Dependency>> merged = new LinkedHashMap<>();
        for (Dependency dependency : scenario.dependencies()) {
            String from = nodeOfAsset.get(dependency.fromId());
            String to = nodeOfAsset.get(dependency.toId());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            merged.computeIfAbsent(List.of(from, to), k -> new ArrayList<>()).add(dependency);
        }
        List<Edge> edges = new ArrayList<>();
        merged.forEach((ends, dependencies) -> edges.add(new Edge(ends.get(0), ends.get(1), dependencies)));
        return new VisibleGraph(nodes, edges);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The node showing the asset, if the asset is shown. */
    public Optional<Node> nodeShowing(String assetId) {
        return nodes.stream().filter(n -> n.assetIds().contains(assetId)).findFirst();
    }
}
