package org.vigil.visual.graph.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.vigil.content.PilotScenarios;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneBand;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/** Scenes for the renderer's tests: a pilot laid out in layer bands, random scenes, hand-made ones. */
final class TestScenes {

    static final double BAND_HEIGHT = 160;
    static final double SPACING = 90;

    private TestScenes() {}

    /**
     * The retail pilot in bands by layer, one row per layer, conditions and emphases cycled so every
     * kind of drawing occurs, plus one organisation group.
     */
    static GraphScene pilotLike() {
        Scenario pilot = new PilotScenarios(new ScenarioReader()).load().get(0);
        Map<Layer, Integer> column = new EnumMap<>(Layer.class);
        List<SceneBand> bands = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            bands.add(new SceneBand(Optional.of(layer), layer.name(), layer.ordinal() * BAND_HEIGHT, BAND_HEIGHT));
        }
        List<SceneNode> nodes = new ArrayList<>();
        int k = 0;
        for (Asset asset : pilot.assets()) {
            int c = column.merge(asset.layer(), 1, Integer::sum);
            NodeCondition condition = NodeCondition.values()[k % NodeCondition.values().length];
            nodes.add(new SceneNode(
                    asset.id(),
                    NodeKind.ASSET,
                    asset.name(),
                    asset.name() + " — " + condition,
                    Optional.of(asset.layer()),
                    asset.ownerId(),
                    60 + c * SPACING,
                    asset.layer().ordinal() * BAND_HEIGHT + BAND_HEIGHT / 2,
                    14,
                    condition,
                    condition == NodeCondition.NORMAL ? 0 : 0.25 * (k % 4 + 1),
                    k % 3 == 0,
                    1,
                    Emphasis.values()[k % Emphasis.values().length]));
            k++;
        }
        double width = 60 + (column.values().stream().mapToInt(i -> i).max().orElse(0) + 2) * SPACING;
        nodes.add(new SceneNode(
                "group-" + pilot.organisations().get(0).id(),
                NodeKind.ORGANISATION,
                pilot.organisations().get(0).name(),
                pilot.organisations().get(0).name(),
                Optional.empty(),
                pilot.organisations().get(0).id(),
                width - SPACING,
                BAND_HEIGHT / 2,
                18,
                NodeCondition.DEGRADED,
                0.5,
                true,
                7,
                Emphasis.NORMAL));
        List<SceneEdge> edges = new ArrayList<>();
        int d = 0;
        for (Dependency dependency : pilot.dependencies()) {
            edges.add(new SceneEdge(
                    dependency.fromId(),
                    dependency.toId(),
                    dependency.type(),
                    d % 4 == 0,
                    d % 5 == 0 ? 3 : 1,
                    d % 7 == 0 ? Emphasis.FADED : Emphasis.NORMAL));
            d++;
        }
        return new GraphScene(bands, nodes, edges, width, Layer.values().length * BAND_HEIGHT);
    }

    /** Random nodes of random sizes over a square, about two edges per node, from a fixed seed. */
    static GraphScene random(int count, long seed) {
        Random random = new Random(seed);
        double side = Math.sqrt(count) * 40;
        List<SceneNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(node(
                    "n" + i,
                    random.nextDouble() * side,
                    random.nextDouble() * side,
                    2 + random.nextDouble() * 20,
                    NodeCondition.values()[random.nextInt(NodeCondition.values().length)],
                    random.nextInt(10) == 0 ? NodeKind.ASSET_GROUP : NodeKind.ASSET,
                    Emphasis.values()[random.nextInt(Emphasis.values().length)]));
        }
        List<SceneEdge> edges = new ArrayList<>();
        for (int e = 0; e < 2 * count; e++) {
            edges.add(new SceneEdge(
                    "n" + random.nextInt(count),
                    "n" + random.nextInt(count),
                    DependencyType.values()[random.nextInt(DependencyType.values().length)],
                    random.nextInt(5) == 0,
                    1 + random.nextInt(3),
                    Emphasis.NORMAL));
        }
        return new GraphScene(List.of(), nodes, edges, side, side);
    }

    static SceneNode node(String id, double x, double y, double radius) {
        return node(id, x, y, radius, NodeCondition.NORMAL, NodeKind.ASSET, Emphasis.NORMAL);
    }

    static SceneNode node(
            String id, double x, double y, double radius, NodeCondition condition, NodeKind kind, Emphasis emphasis) {
        return new SceneNode(
                id,
                kind,
                "label " + id,
                "tooltip " + id,
                Optional.of(Layer.CYBER),
                "org",
                x,
                y,
                radius,
                condition,
                0,
                false,
                kind == NodeKind.ASSET ? 1 : 5,
                emphasis);
    }

    static GraphScene of(List<SceneNode> nodes, double width, double height) {
        return new GraphScene(List.of(), nodes, List.of(), width, height);
    }
}
