package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.visual.graph.render.TestScenes.node;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.DependencyType;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneEdge;

class SceneIndexTest {

    private final GraphStyle style = new GraphStyle();

    @Test
    void hitTestingPicksTheTopmostOfOverlappingNodes() {
        // given three overlapping nodes; the faded one first, the selected one in the middle of the list
        GraphScene scene = TestScenes.of(
                List.of(
                        node("under", 100, 100, 20, NodeCondition.NORMAL, NodeKind.ASSET, Emphasis.FADED),
                        node("top", 105, 100, 20, NodeCondition.NORMAL, NodeKind.ASSET, Emphasis.SELECTED),
                        node("later", 110, 100, 20, NodeCondition.NORMAL, NodeKind.ASSET, Emphasis.NORMAL)),
                300,
                300);
        SceneIndex index = new SceneIndex(scene, style);

        // when picking where all three overlap, then the one drawn last (selected above normal) wins
        assertThat(id(index, index.nodeAt(105, 100, 0))).isEqualTo("top");
        // and where only the first two overlap, the later-drawn of those
        assertThat(id(index, index.nodeAt(88, 100, 0))).isEqualTo("top");
        // and outside every body there is none
        assertThat(index.nodeAt(100, 150, 0)).isEqualTo(-1);
    }

    @Test
    void amongEqualStylesTheLaterNodeIsOnTop() {
        GraphScene scene = TestScenes.of(List.of(node("a", 50, 50, 10), node("b", 55, 50, 10)), 100, 100);
        SceneIndex index = new SceneIndex(scene, style);

        assertThat(id(index, index.nodeAt(52, 50, 0))).isEqualTo("b");
    }

    @Test
    void hitTestingMatchesBruteForceOnARandomScene() {
        // given a random scene
        GraphScene scene = TestScenes.random(2_000, 7);
        SceneIndex index = new SceneIndex(scene, style);
        java.util.Random random = new java.util.Random(11);
        for (int q = 0; q < 300; q++) {
            double wx = random.nextDouble() * scene.width();
            double wy = random.nextDouble() * scene.height();

            // when picking a random point
            int picked = index.nodeAt(wx, wy, 0);

            // then the pick is the last-drawn of the nodes whose body holds the point, brute force
            int expected = -1;
            for (int i = 0; i < index.nodeCount(); i++) {
                if (holds(index, i, wx, wy) && (expected < 0 || index.drawnAfter(i, expected))) {
                    expected = i;
                }
            }
            assertThat(picked).as("point %s,%s", wx, wy).isEqualTo(expected);
        }
    }

    @Test
    void aMovedNodeIsFoundAtItsNewPlaceWithItsEdges() {
        // given two nodes joined by an edge
        GraphScene scene = new GraphScene(
                List.of(),
                List.of(node("a", 10, 10, 5), node("b", 100, 10, 5)),
                List.of(new SceneEdge("a", "b", DependencyType.HOSTS, false, 1, Emphasis.NORMAL)),
                200,
                200);
        SceneIndex index = new SceneIndex(scene, style);

        // when b is dragged far down
        index.move(1, 100, 1000);

        // then it is picked there and no longer at its old place, and its edge reaches down to it
        assertThat(id(index, index.nodeAt(100, 1000, 0))).isEqualTo("b");
        assertThat(index.nodeAt(100, 10, 0)).isEqualTo(-1);
        IntList edges = new IntList();
        index.edgesIn(90, 900, 110, 1100, edges);
        assertThat(edges.toArray()).containsExactly(0);
        IntList nodes = new IntList();
        index.nodesIn(0, 0, 200, 50, nodes);
        assertThat(nodes.toArray()).containsExactly(0);
    }

    @Test
    void edgesToUnknownNodesAreLeftOut() {
        GraphScene scene = new GraphScene(
                List.of(),
                List.of(node("a", 10, 10, 5)),
                List.of(new SceneEdge("a", "ghost", DependencyType.HOSTS, false, 1, Emphasis.NORMAL)),
                20,
                20);

        assertThat(new SceneIndex(scene, style).edgeCount()).isZero();
    }

    private static boolean holds(SceneIndex index, int i, double wx, double wy) {
        double dx = wx - index.x(i);
        double dy = wy - index.y(i);
        if (new GraphStyle().body(index.node(i)) == NodeShape.CIRCLE) {
            return dx * dx + dy * dy <= index.halfWidth(i) * index.halfWidth(i);
        }
        return Math.abs(dx) <= index.halfWidth(i) && Math.abs(dy) <= index.halfHeight(i);
    }

    private static String id(SceneIndex index, int i) {
        return i < 0 ? null : index.node(i).id();
    }
}
