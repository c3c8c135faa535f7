package org.vigil.visual.graph.render;

import java.util.Objects;
import javafx.scene.layout.Region;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * The same {@link GraphScene} drawn by GraphStream's JavaFX viewer, for comparison with {@link
 * GraphCanvas} (the benchmark times both). Positions come from the scene (GraphStream's y axis
 * points up, so y is negated), auto-layout stays off, the look comes from {@link
 * GraphStreamStyleSheet}. The renderer is passed to the viewer explicitly, so no system property is
 * set. It supports GraphStream's own mouse handling only; call {@link #close()} when done.
 */
public final class GraphStreamRenderer implements AutoCloseable {

    private final Graph graph = new MultiGraph("vigil", false, true);
    private final FxViewer viewer;
    private final FxDefaultView view;
    private final String css;
    private GraphScene scene = GraphScene.empty();

    public GraphStreamRenderer() {
        this(new GraphStyle());
    }

    public GraphStreamRenderer(GraphStyle style) {
        css = new GraphStreamStyleSheet(Objects.requireNonNull(style, "style")).css();
        graph.setAttribute("ui.stylesheet", css);
        graph.setAttribute("ui.antialias");
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        view = (FxDefaultView) viewer.addDefaultView(false, new FxGraphRenderer());
    }

    /** The view to put in a window. */
    public Region view() {
        return view;
    }

    /** Replaces the drawn graph with the scene. */
    public void show(GraphScene newScene) {
        scene = Objects.requireNonNull(newScene, "scene");
        graph.clear();
        graph.setAttribute("ui.stylesheet", css);
        graph.setAttribute("ui.antialias");
        for (SceneNode n : scene.nodes()) {
            if (graph.getNode(n.id()) != null) {
                continue;
            }
            Node node = graph.addNode(n.id());
            node.setAttribute("xy", n.x(), -n.y());
            node.setAttribute("ui.size", 2 * n.radius());
            node.setAttribute(
                    "ui.class",
                    GraphStreamStyleSheet.nodeClass(n.condition(), n.kind() != NodeKind.ASSET, n.emphasis()));
            node.setAttribute(
                    "ui.label", n.kind() == NodeKind.ASSET ? n.label() : n.label() + " (" + n.memberCount() + ")");
        }
        int k = 0;
        for (SceneEdge e : scene.edges()) {
            if (graph.getNode(e.fromId()) == null || graph.getNode(e.toId()) == null) {
                continue;
            }
            Edge edge = graph.addEdge("e" + k++, e.fromId(), e.toId(), true);
            edge.setAttribute("ui.class", GraphStreamStyleSheet.edgeClass(e.impactFlows(), e.emphasis()));
        }
        viewer.computeGraphMetrics();
        fitToView();
    }

    /** Shows the whole graph. */
    public void fitToView() {
        camera().resetView();
    }

    /** Shows the world rectangle (scene coordinates). */
    public void showArea(double x, double y, double width, double height) {
        Camera camera = camera();
        viewer.computeGraphMetrics();
        double dimension = Math.max(1e-9, camera.getGraphDimension());
        camera.setViewCenter(x + width / 2, -(y + height / 2), 0);
        camera.setViewPercent(Math.max(width, height) / dimension);
    }

    /** Draws now rather than on the viewer's timer: for the benchmark. */
    public void paintNow() {
        view.render(view.getGraphics());
    }

    private Camera camera() {
        return view.getCamera();
    }

    @Override
    public void close() {
        viewer.close();
    }
}
