package org.vigil.visual.graph.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * A scene prepared for drawing and picking: nodes and edges by number, their positions and boxes in
 * world coordinates, their batching keys, and spatial grids for culling and hit testing. A node
 * dragged by hand can be moved here without rebuilding the grids. Toolkit-free.
 */
final class SceneIndex {

    /** Node styles: emphasis, condition, asset or group. Drawing goes by ascending key. */
    static final int NODE_KEYS = Emphasis.values().length * 16;

    /** Edge styles: emphasis, dash, impact, width step. */
    static final int EDGE_KEYS = Emphasis.values().length * LineDash.values().length * 2 * 7;

    private final GraphScene scene;
    private final GraphStyle style;
    private final List<SceneNode> nodes;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final double[] x;
    private final double[] y;
    private final double[] halfWidth;
    private final double[] halfHeight;
    private final int[] nodeKey;
    private final SpatialGrid nodeGrid;

    private final SceneEdge[] edges;
    private final int[] from;
    private final int[] to;
    private final int[] edgeKey;
    private final SpatialGrid edgeGrid;
    private final int[] incidentStart;
    private final int[] incidentEdges;

    private final boolean[] displaced;
    private final IntList displacedNodes = new IntList(4);
    private final int[] edgeStamp;
    private int edgeQuery;

    SceneIndex(GraphScene scene, GraphStyle style) {
        this.scene = scene;
        this.style = style;
        this.nodes = scene.nodes();
        int n = nodes.size();
        x = new double[n];
        y = new double[n];
        halfWidth = new double[n];
        halfHeight = new double[n];
        nodeKey = new int[n];
        displaced = new boolean[n];
        double[] minX = new double[n];
        double[] minY = new double[n];
        double[] maxX = new double[n];
        double[] maxY = new double[n];
        for (int i = 0; i < n; i++) {
            SceneNode node = nodes.get(i);
            numbers.putIfAbsent(node.id(), i);
            NodeShape shape = style.body(node);
            x[i] = node.x();
            y[i] = node.y();
            halfWidth[i] = shape.halfWidth(node.radius());
            halfHeight[i] = shape.halfHeight(node.radius());
            nodeKey[i] = nodeKey(node);
            double margin = decorationMargin(node.radius());
            minX[i] = x[i] - halfWidth[i] - margin;
            maxX[i] = x[i] + halfWidth[i] + margin;
            minY[i] = y[i] - halfHeight[i] - margin;
            maxY[i] = y[i] + halfHeight[i] + margin;
        }
        nodeGrid = new SpatialGrid(minX, minY, maxX, maxY);

        // Edges whose ends are not in the scene cannot be drawn; they are left out.
        List<SceneEdge> all = scene.edges();
        int[] f = new int[all.size()];
        int[] t = new int[all.size()];
        int m = 0;
        for (SceneEdge edge : all) {
            Integer a = numbers.get(edge.fromId());
            Integer b = numbers.get(edge.toId());
            if (a != null && b != null) {
                f[m] = a;
                t[m] = b;
                m++;
            }
        }
        edges = new SceneEdge[m];
        from = Arrays.copyOf(f, m);
        to = Arrays.copyOf(t, m);
        edgeKey = new int[m];
        edgeStamp = new int[m];
        double[] eMinX = new double[m];
        double[] eMinY = new double[m];
        double[] eMaxX = new double[m];
        double[] eMaxY = new double[m];
        int k = 0;
        int[] degree = new int[n + 1];
        for (SceneEdge edge : all) {
            Integer a = numbers.get(edge.fromId());
            Integer b = numbers.get(edge.toId());
            if (a == null || b == null) {
                continue;
            }
            edges[k] = edge;
            edgeKey[k] = edgeKey(edge);
            eMinX[k] = Math.min(x[a], x[b]);
            eMaxX[k] = Math.max(x[a], x[b]);
            eMinY[k] = Math.min(y[a], y[b]);
            eMaxY[k] = Math.max(y[a], y[b]);
            degree[a + 1]++;
            degree[b + 1]++;
            k++;
        }
        edgeGrid = new SpatialGrid(eMinX, eMinY, eMaxX, eMaxY);
        incidentStart = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            incidentStart[i] = incidentStart[i - 1] + degree[i];
        }
        incidentEdges = new int[incidentStart[n]];
        int[] fill = new int[n];
        for (int e = 0; e < m; e++) {
            incidentEdges[incidentStart[from[e]] + fill[from[e]]++] = e;
            incidentEdges[incidentStart[to[e]] + fill[to[e]]++] = e;
        }
    }

    /** World units round a body that rings, arcs and badges may cover (their pixel parts aside). */
    static double decorationMargin(double radius) {
        return radius * 0.45;
    }

    private int nodeKey(SceneNode node) {
        return node.emphasis().ordinal() * 16
                + node.condition().ordinal() * 2
                + (node.kind() == NodeKind.ASSET ? 0 : 1);
    }

    private int edgeKey(SceneEdge edge) {
        GraphStyle.EdgeLook look = style.edge(edge);
        return ((edge.emphasis().ordinal() * LineDash.values().length
                                                + look.dash().ordinal())
                                        * 2
                                + (edge.impactFlows() ? 1 : 0))
                        * 7
                + GraphStyle.widthStep(edge.multiplicity());
    }

    GraphScene scene() {
        return scene;
    }

    int nodeCount() {
        return x.length;
    }

    SceneNode node(int i) {
        return nodes.get(i);
    }

    /** The node's number, or -1. */
    int indexOf(String id) {
        Integer i = id == null ? null : numbers.get(id);
        return i == null ? -1 : i;
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }

    double halfWidth(int i) {
        return halfWidth[i];
    }

    double halfHeight(int i) {
        return halfHeight[i];
    }

    int nodeKey(int i) {
        return nodeKey[i];
    }

    int edgeCount() {
        return edges.length;
    }

    SceneEdge edge(int e) {
        return edges[e];
    }

    int from(int e) {
        return from[e];
    }

    int to(int e) {
        return to[e];
    }

    int edgeKey(int e) {
        return edgeKey[e];
    }

    /** Puts a node elsewhere, as while it is dragged; its edges follow. */
    void move(int i, double newX, double newY) {
        x[i] = newX;
        y[i] = newY;
        if (!displaced[i]) {
            displaced[i] = true;
            displacedNodes.add(i);
        }
    }

    /** Every node whose box (decorations included) intersects the world rectangle. */
    void nodesIn(double minX, double minY, double maxX, double maxY, IntList out) {
        int start = out.size();
        nodeGrid.query(minX, minY, maxX, maxY, out);
        if (displacedNodes.isEmpty()) {
            return;
        }
        // The grid knows displaced nodes at their old places: drop those hits and test them anew.
        IntList kept = new IntList(out.size() - start + displacedNodes.size());
        for (int p = start; p < out.size(); p++) {
            if (!displaced[out.get(p)]) {
                kept.add(out.get(p));
            }
        }
        for (int d = 0; d < displacedNodes.size(); d++) {
            int i = displacedNodes.get(d);
            double margin = decorationMargin(nodes.get(i).radius());
            if (x[i] - halfWidth[i] - margin <= maxX
                    && x[i] + halfWidth[i] + margin >= minX
                    && y[i] - halfHeight[i] - margin <= maxY
                    && y[i] + halfHeight[i] + margin >= minY) {
                kept.add(i);
            }
        }
        out.truncate(start);
        for (int p = 0; p < kept.size(); p++) {
            out.add(kept.get(p));
        }
    }

    /** Every edge whose box (between its nodes' centres) intersects the world rectangle. */
    void edgesIn(double minX, double minY, double maxX, double maxY, IntList out) {
        if (displacedNodes.isEmpty()) {
            edgeGrid.query(minX, minY, maxX, maxY, out);
            return;
        }
        IntList hits = new IntList();
        edgeGrid.query(minX, minY, maxX, maxY, hits);
        if (++edgeQuery == 0) {
            Arrays.fill(edgeStamp, 0);
            edgeQuery = 1;
        }
        for (int p = 0; p < hits.size(); p++) {
            int e = hits.get(p);
            if (!displaced[from[e]] && !displaced[to[e]]) {
                edgeStamp[e] = edgeQuery;
                out.add(e);
            }
        }
        for (int d = 0; d < displacedNodes.size(); d++) {
            int i = displacedNodes.get(d);
            for (int p = incidentStart[i]; p < incidentStart[i + 1]; p++) {
                int e = incidentEdges[p];
                if (edgeStamp[e] != edgeQuery) {
                    edgeStamp[e] = edgeQuery;
                    int a = from[e];
                    int b = to[e];
                    if (Math.min(x[a], x[b]) <= maxX
                            && Math.max(x[a], x[b]) >= minX
                            && Math.min(y[a], y[b]) <= maxY
                            && Math.max(y[a], y[b]) >= minY) {
                        out.add(e);
                    }
                }
            }
        }
    }

    /**
     * The topmost node at a world point: the one drawn last among those whose body contains it (a
     * body is at least {@code slack} world units wide, so tiny nodes can still be picked); -1 for none.
     */
    int nodeAt(double wx, double wy, double slack) {
        IntList hits = new IntList();
        nodesIn(wx - slack, wy - slack, wx + slack, wy + slack, hits);
        int best = -1;
        for (int p = 0; p < hits.size(); p++) {
            int i = hits.get(p);
            if (contains(i, wx, wy, slack) && (best < 0 || drawnAfter(i, best))) {
                best = i;
            }
        }
        return best;
    }

    /** Whether node a is drawn after (on top of) node b: by style key, then by number. */
    boolean drawnAfter(int a, int b) {
        return nodeKey[a] != nodeKey[b] ? nodeKey[a] > nodeKey[b] : a > b;
    }

    private boolean contains(int i, double wx, double wy, double slack) {
        double dx = wx - x[i];
        double dy = wy - y[i];
        if (style.body(nodes.get(i)) == NodeShape.CIRCLE) {
            double r = Math.max(halfWidth[i], slack);
            return dx * dx + dy * dy <= r * r;
        }
        return Math.abs(dx) <= Math.max(halfWidth[i], slack) && Math.abs(dy) <= Math.max(halfHeight[i], slack);
    }

    /** The world rectangle holding the scene's extent and every node: minX, minY, maxX, maxY. */
    double[] extent() {
        double minX = 0;
        double minY = 0;
        double maxX = scene.width();
        double maxY = scene.height();
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i] - halfWidth[i]);
            minY = Math.min(minY, y[i] - halfHeight[i]);
            maxX = Math.max(maxX, x[i] + halfWidth[i]);
            maxY = Math.max(maxY, y[i] + halfHeight[i]);
        }
        return new double[] {minX, minY, maxX, maxY};
    }
}
