package org.vigil.visual.graph.scene;

import java.util.List;
import java.util.Objects;

/**
 * What the graph page draws, already laid out, filtered and emphasised: the layer bands, the nodes
 * at their positions and the edges between them. Immutable, so the view model can build it off the
 * UI thread and any renderer (the canvas, GraphStream's viewer, the PNG and SVG exports) can draw it.
 * Coordinates are in world units; renderers own zoom and pan.
 */
public record GraphScene(
        List<SceneBand> bands, List<SceneNode> nodes, List<SceneEdge> edges, double width, double height) {

    public GraphScene {
        bands = List.copyOf(bands);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative extent " + width + "×" + height);
        }
    }

    public static GraphScene empty() {
        return new GraphScene(List.of(), List.of(), List.of(), 0, 0);
    }

    public SceneNode node(String id) {
        Objects.requireNonNull(id, "id");
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }
}
