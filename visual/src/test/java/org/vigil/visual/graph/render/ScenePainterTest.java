package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.SceneBand;
import org.vigil.visual.graph.scene.SceneNode;

class ScenePainterTest {

    private final GraphStyle style = new GraphStyle();
    private final ScenePainter painter = new ScenePainter(style);

    @Test
    void onlyNodesMeetingTheViewAreDrawnWhenZoomedIn() {
        // given a random scene, zoomed in on a small corner of it
        GraphScene scene = TestScenes.random(5_000, 3);
        SceneIndex index = new SceneIndex(scene, style);
        Viewport view = new Viewport();
        view.fit(0, 0, scene.width() / 10, scene.height() / 10, 800, 600);

        // when a frame is painted
        ScenePainter.Frame frame = painter.paint(index, view, 800, 600, false, new RecordingSurface());

        // then the nodes drawn are those whose boxes meet the view (with the decoration pad), not all
        double pad = 24 / view.scale();
        long expected = scene.nodes().stream()
                .filter(n -> meets(
                        n, view.worldX(0) - pad, view.worldY(0) - pad, view.worldX(800) + pad, view.worldY(600) + pad))
                .count();
        assertThat(frame.nodes())
                .isEqualTo((int) expected)
                .isLessThan(scene.nodes().size() / 5);
        assertThat(frame.edges()).isLessThan(index.edgeCount() / 2);
    }

    @Test
    void everythingOfOneStyleIsDrawnAsOnePath() {
        // given a whole random scene in view
        GraphScene scene = TestScenes.random(3_000, 5);
        SceneIndex index = new SceneIndex(scene, style);
        Viewport view = new Viewport();
        view.fit(0, 0, scene.width(), scene.height(), 1600, 1200);
        RecordingSurface surface = new RecordingSurface();

        // when painted
        ScenePainter.Frame frame = painter.paint(index, view, 1600, 1200, false, surface);

        // then the fills and strokes are bounded by the number of styles, not of nodes and edges
        Set<Integer> nodeStyles = new HashSet<>();
        Set<Integer> edgeStyles = new HashSet<>();
        for (int i = 0; i < index.nodeCount(); i++) {
            nodeStyles.add(index.nodeKey(i));
        }
        for (int e = 0; e < index.edgeCount(); e++) {
            edgeStyles.add(index.edgeKey(e));
        }
        int bound = 2 * edgeStyles.size() + 5 * nodeStyles.size() + 8;
        assertThat(surface.fills + surface.strokes).isLessThanOrEqualTo(2 * bound);
        assertThat(frame.paths()).isLessThanOrEqualTo(bound);
        assertThat(frame.nodes()).isEqualTo(scene.nodes().size());
    }

    @Test
    void labelsAppearOnlyWhenZoomedInAndTinyNodesBecomeSquares() {
        GraphScene scene = TestScenes.pilotLike();
        SceneIndex index = new SceneIndex(scene, style);

        // zoomed far out: no labels, nodes as plain squares (filled, without the 1.2 px body outline)
        Viewport far = new Viewport();
        far.set(0.05, 0, 0);
        RecordingSurface farSurface = new RecordingSurface();
        ScenePainter.Frame farFrame = painter.paint(index, far, 800, 600, false, farSurface);
        assertThat(farFrame.labels()).isZero();
        assertThat(farSurface.strokeStyles).doesNotContain(GraphStyle.BLACK + "/1.2");
        assertThat(farSurface.fills).isPositive();

        // at world scale: labels drawn, as many as fit without crowding
        Viewport near = new Viewport();
        near.set(1, 0, 0);
        RecordingSurface nearSurface = new RecordingSurface();
        ScenePainter.Frame nearFrame = painter.paint(index, near, scene.width(), scene.height(), false, nearSurface);
        assertThat(nearFrame.labels()).isPositive();
        assertThat(nearSurface.texts).contains(scene.nodes().get(0).label());
        assertThat(nearSurface.strokeStyles).contains(GraphStyle.BLACK + "/1.2");
        // band labels are pinned at the left whatever the pan
        for (SceneBand band : scene.bands()) {
            assertThat(nearSurface.texts).contains(band.label());
        }
    }

    @Test
    void aFocusedCanvasGetsAFocusRing() {
        SceneIndex index = new SceneIndex(TestScenes.pilotLike(), style);
        RecordingSurface unfocused = new RecordingSurface();
        RecordingSurface focused = new RecordingSurface();

        painter.paint(index, new Viewport(), 400, 300, false, unfocused);
        painter.paint(index, new Viewport(), 400, 300, true, focused);

        assertThat(focused.strokes).isEqualTo(unfocused.strokes + 1);
        assertThat(focused.strokeColours.get(focused.strokeColours.size() - 1)).isEqualTo(style.focus());
    }

    private static boolean meets(SceneNode n, double minX, double minY, double maxX, double maxY) {
        double hw = new GraphStyle().body(n).halfWidth(n.radius()) + SceneIndex.decorationMargin(n.radius());
        double hh = new GraphStyle().body(n).halfHeight(n.radius()) + SceneIndex.decorationMargin(n.radius());
        return n.x() - hw <= maxX && n.x() + hw >= minX && n.y() - hh <= maxY && n.y() + hh >= minY;
    }
}
