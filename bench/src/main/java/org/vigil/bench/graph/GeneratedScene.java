package org.vigil.bench.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.Layer;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneBand;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * A layered scene like the graph page's, of any size: four layer bands, nodes scattered in them at
 * about one per 40 × 40 world units (page proportions), two edges per node to nodes not far away
 * horizontally in any band, a mix of conditions, impacts, incidents and emphases as during an
 * incident (most nodes normal), from a seed.
 */
final class GeneratedScene {

    static final double RADIUS = 8;
    private static final double AREA_PER_NODE = 40 * 40;
    private static final double ASPECT = 3.2;

    private GeneratedScene() {}

    static GraphScene generate(int nodeCount, int edgeCount, long seed) {
        Random random = new Random(seed);
        double width = Math.sqrt(nodeCount * AREA_PER_NODE * ASPECT);
        double height = width / ASPECT;
        Layer[] layers = Layer.values();
        double bandHeight = height / layers.length;
        List<SceneBand> bands = new ArrayList<>();
        for (Layer layer : layers) {
            bands.add(new SceneBand(Optional.of(layer), layer.name(), layer.ordinal() * bandHeight, bandHeight));
        }
        List<SceneNode> nodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            Layer layer = layers[random.nextInt(layers.length)];
            NodeCondition condition = condition(random);
            nodes.add(new SceneNode(
                    "a" + i,
                    NodeKind.ASSET,
                    "asset " + i,
                    "asset " + i + ", " + condition,
                    Optional.of(layer),
                    "org" + (i % 40),
                    RADIUS + random.nextDouble() * (width - 2 * RADIUS),
                    layer.ordinal() * bandHeight + RADIUS * 2 + random.nextDouble() * (bandHeight - RADIUS * 4),
                    RADIUS,
                    condition,
                    condition == NodeCondition.NORMAL || condition == NodeCondition.AT_RISK ? 0 : random.nextDouble(),
                    random.nextInt(50) == 0,
                    1,
                    random.nextInt(5) == 0 ? Emphasis.FADED : Emphasis.NORMAL));
        }
        // Neighbours by x: dependencies join nodes close horizontally, across any bands.
        Integer[] byX = new Integer[nodeCount];
        Arrays.setAll(byX, i -> i);
        Arrays.sort(byX, Comparator.comparingDouble(i -> nodes.get(i).x()));
        List<SceneEdge> edges = new ArrayList<>(edgeCount);
        DependencyType[] types = DependencyType.values();
        for (int e = 0; e < edgeCount; e++) {
            int p = random.nextInt(nodeCount);
            int q = Math.floorMod(p + 1 + random.nextInt(60) - 30, nodeCount);
            if (q == p) {
                q = (p + 1) % nodeCount;
            }
            edges.add(new SceneEdge(
                    nodes.get(byX[p]).id(),
                    nodes.get(byX[q]).id(),
                    types[random.nextInt(types.length)],
                    random.nextInt(20) == 0,
                    random.nextInt(10) == 0 ? 2 + random.nextInt(4) : 1,
                    Emphasis.NORMAL));
        }
        return new GraphScene(bands, nodes, edges, width, height);
    }

    private static NodeCondition condition(Random random) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return NodeCondition.NORMAL;
        }
        if (roll < 88) {
            return NodeCondition.AT_RISK;
        }
        if (roll < 94) {
            return NodeCondition.DEGRADED;
        }
        return roll < 98 ? NodeCondition.FAILED : NodeCondition.COMPROMISED;
    }
}
