package org.vigil.visual.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;
import org.miv.pherd.Particle;

/**
 * GraphStream's SpringBox force-directed layout, stepped until it is stable or the step budget is
 * spent, then scaled to world units. Seeded, so the same graph gets the same picture every time.
 */
public final class ForceLayout implements GraphLayout {

    /** Steps at most: large graphs stop here, stable or not. */
    public static final int DEFAULT_STEP_BUDGET = 1_500;

    /** Average distance between connected nodes in world units, close to the layered layout's slot. */
    static final double EDGE_LENGTH = 110;

    static final double MARGIN = 60;

    private final int stepBudget;
    private final long seed;

    public ForceLayout() {
        this(DEFAULT_STEP_BUDGET, 42);
    }

    public ForceLayout(int stepBudget, long seed) {
        if (stepBudget < 1) {
            throw new IllegalArgumentException("step budget must be at least 1: " + stepBudget);
        }
        this.stepBudget = stepBudget;
        this.seed = seed;
    }

    @Override
    public Placement place(VisibleGraph visible, List<String> organisationOrder, LayoutProgress progress) {
        SpringBox layout = new SpringBox(false, new Random(seed));
        Graph graph = new SingleGraph("vigil-force-layout", false, false);
        graph.addSink(layout);
        visible.nodes().forEach(n -> graph.addNode(n.id()));
        for (VisibleGraph.Edge edge : visible.edges()) {
            String id = edge.fromId() + "->" + edge.toId();
            // A pair linked both ways is one spring.
            if (graph.getEdge(edge.toId() + "->" + edge.fromId()) == null) {
                graph.addEdge(id, edge.fromId(), edge.toId(), false);
            }
        }
        for (int step = 0; step < stepBudget; step++) {
            if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("force layout cancelled after " + step + " steps");
            }
            layout.compute();
            double stable = layout.getStabilization();
            progress.reported(Math.max((step + 1) / (double) stepBudget, Math.min(1, stable)));
            if (stable >= layout.getStabilizationLimit()) {
                break;
            }
        }
        Map<String, double[]> raw = new HashMap<>();
        for (VisibleGraph.Node node : visible.nodes()) {
            Particle particle = layout.getSpatialIndex().getParticle(node.id());
            double x = particle == null ? 0 : particle.getPosition().x;
            double y = particle == null ? 0 : particle.getPosition().y;
            raw.put(node.id(), new double[] {Double.isFinite(x) ? x : 0, Double.isFinite(y) ? y : 0});
        }
        graph.clear();
        progress.reported(1);
        return scaled(raw, visible);
    }

    /** Scales SpringBox's unit-free coordinates so that an average edge is {@link #EDGE_LENGTH} long. */
    private static Placement scaled(Map<String, double[]> raw, VisibleGraph visible) {
        double total = 0;
        int counted = 0;
        for (VisibleGraph.Edge edge : visible.edges()) {
            double[] a = raw.get(edge.fromId());
            double[] b = raw.get(edge.toId());
            total += Math.hypot(a[0] - b[0], a[1] - b[1]);
            counted++;
        }
        double average = counted == 0 ? 0 : total / counted;
        double scale = average > 1e-9 ? EDGE_LENGTH / average : EDGE_LENGTH;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : raw.values()) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        Map<String, Point> positions = new HashMap<>();
        for (Map.Entry<String, double[]> entry : raw.entrySet()) {
            double[] p = entry.getValue();
            positions.put(entry.getKey(), new Point(MARGIN + (p[0] - minX) * scale, MARGIN + (p[1] - minY) * scale));
        }
        double width = raw.isEmpty() ? 0 : (maxX - minX) * scale + 2 * MARGIN;
        double height = raw.isEmpty() ? 0 : (maxY - minY) * scale + 2 * MARGIN;
        return new Placement(positions, List.of(), width, height);
    }
}
