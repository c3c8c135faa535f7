package org.vigil.visual.graph.render;

import java.util.List;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.SceneBand;
import org.vigil.visual.graph.scene.SceneEdge;

/**
 * Draws one frame of a scene on a {@link Surface}, toolkit-free, so the canvas and the PNG export
 * share every decision. Culling: only nodes and edges whose boxes meet the view, found through the
 * index's grids. Batching: edges grouped by style, then nodes by style ({@link NodePainter}), each
 * style in one path ({@link StyleBatch}). Level of detail by on-screen size: plain
 * squares for tiny nodes, marks and badges from {@link #DETAIL_PX}, labels from {@link #LABEL_PX}
 * where they do not crowd each other ({@link LabelPainter}). Bands behind everything, their labels
 * pinned at the left edge.
 */
final class ScenePainter {

    /** Nodes smaller than this on screen (radius, pixels) are drawn as plain squares. */
    static final double TINY_PX = 2.5;

    /** Marks, badges and impact arcs appear from this on-screen radius. */
    static final double DETAIL_PX = 5;

    /** Labels appear from this on-screen radius. */
    static final double LABEL_PX = 4;

    /** Above this many edges in view, edges are drawn solid: dependency types show when zoomed in. */
    static final int DASHED_EDGES_MAX = 1_500;

    /** Screen pixels round the view in which decorations of off-screen nodes may still show. */
    private static final double CULL_PAD_PX = 24;

    /** What one frame drew, for tests and the benchmark. */
    record Frame(int nodes, int edges, int labels, int paths) {}

    private final GraphStyle style;
    private final StyleBatch batch = new StyleBatch();
    private final NodePainter nodes;
    private final LabelPainter labels;
    private final IntList visibleNodes = new IntList(1024);
    private final IntList visibleEdges = new IntList(2048);
    private final IntList[] edgeBuckets = buckets(SceneIndex.EDGE_KEYS);

    ScenePainter(GraphStyle style) {
        this.style = style;
        this.nodes = new NodePainter(style, batch);
        this.labels = new LabelPainter(style);
    }

    Frame paint(SceneIndex index, Viewport view, double width, double height, boolean focused, Surface surface) {
        batch.takePaths();
        surface.clear(style.background(), width, height);
        bands(index.scene().bands(), view, width, height, surface);

        double pad = CULL_PAD_PX / view.scale();
        double minX = view.worldX(0) - pad;
        double minY = view.worldY(0) - pad;
        double maxX = view.worldX(width) + pad;
        double maxY = view.worldY(height) + pad;
        visibleEdges.clear();
        index.edgesIn(minX, minY, maxX, maxY, visibleEdges);
        visibleNodes.clear();
        index.nodesIn(minX, minY, maxX, maxY, visibleNodes);
        visibleNodes.sort();

        edges(index, view, surface);
        nodes.paint(index, view, visibleNodes, surface);
        int labelled = labels.paint(index, view, visibleNodes, visibleEdges, surface);
        bandLabels(index.scene().bands(), view, height, surface);
        int paths = batch.takePaths();
        if (focused) {
            surface.beginPath();
            surface.rect(1.5, 1.5, width - 3, height - 3);
            surface.stroke(style.focus(), 1, 3, LineDash.SOLID);
            paths++;
        }
        return new Frame(visibleNodes.size(), visibleEdges.size(), labelled, paths);
    }

    private void bands(List<SceneBand> bands, Viewport view, double width, double height, Surface surface) {
        for (int b = 0; b < bands.size(); b++) {
            SceneBand band = bands.get(b);
            double top = view.screenY(band.top());
            double bottom = view.screenY(band.top() + band.height());
            if (bottom > 0 && top < height) {
                surface.fillRect(0, top, width, bottom - top, style.bandFill(b), 1);
            }
        }
    }

    private void edges(SceneIndex index, Viewport view, Surface surface) {
        for (IntList bucket : edgeBuckets) {
            bucket.clear();
        }
        for (int p = 0; p < visibleEdges.size(); p++) {
            int e = visibleEdges.get(p);
            edgeBuckets[index.edgeKey(e)].add(e);
        }
        double scale = view.scale();
        for (IntList bucket : edgeBuckets) {
            if (bucket.isEmpty()) {
                continue;
            }
            SceneEdge first = index.edge(bucket.get(0));
            GraphStyle.EdgeLook look = style.edge(first);
            boolean strong = first.emphasis() == Emphasis.HIGHLIGHTED || first.emphasis() == Emphasis.SELECTED;
            double width = strong ? look.width() + 1.5 : look.width();
            int colour = strong && !first.impactFlows() ? style.highlight() : look.colour();
            double alpha = style.opacity(first.emphasis());
            double arrow = 5 + width * 1.5;
            // Dashes cost the rasteriser a piece per dash; in a crowded view they are unreadable anyway.
            LineDash dash = visibleEdges.size() > DASHED_EDGES_MAX ? LineDash.SOLID : look.dash();
            for (boolean heads : new boolean[] {false, true}) {
                batch.begin(
                        surface,
                        heads ? () -> surface.fill(colour, alpha) : () -> surface.stroke(colour, alpha, width, dash));
                for (int p = 0; p < bucket.size(); p++) {
                    int e = bucket.get(p);
                    int a = index.from(e);
                    int b = index.to(e);
                    double ax = view.screenX(index.x(a));
                    double ay = view.screenY(index.y(a));
                    double bx = view.screenX(index.x(b));
                    double by = view.screenY(index.y(b));
                    double dx = bx - ax;
                    double dy = by - ay;
                    double length = Math.sqrt(dx * dx + dy * dy);
                    double ra = index.halfHeight(a) * scale;
                    double rb = index.halfHeight(b) * scale;
                    if (length < 0.5 || ra + rb >= length || (heads && arrow * 2 >= length - ra - rb)) {
                        continue;
                    }
                    double ux = dx / length;
                    double uy = dy / length;
                    double endX = bx - ux * rb;
                    double endY = by - uy * rb;
                    if (heads) {
                        // Arrowheads point at the dependent, where impact arrives.
                        double baseX = endX - ux * arrow;
                        double baseY = endY - uy * arrow;
                        double half = arrow * 0.45;
                        batch.add();
                        surface.moveTo(endX, endY);
                        surface.lineTo(baseX - uy * half, baseY + ux * half);
                        surface.lineTo(baseX + uy * half, baseY - ux * half);
                        surface.closePath();
                    } else {
                        double startX = ax + ux * ra;
                        double startY = ay + uy * ra;
                        batch.add();
                        surface.moveTo(startX, startY);
                        surface.lineTo(endX, endY);
                    }
                }
                batch.end();
            }
        }
    }

    /** Band labels stay at the left edge of the view, inside their band, however it is panned. */
    private void bandLabels(List<SceneBand> bands, Viewport view, double height, Surface surface) {
        double size = GraphStyle.LABEL_SIZE;
        for (int b = 0; b < bands.size(); b++) {
            SceneBand band = bands.get(b);
            double top = Math.max(0, view.screenY(band.top()));
            double bottom = Math.min(height, view.screenY(band.top() + band.height()));
            if (bottom - top < size + 4 || band.label().isEmpty()) {
                continue;
            }
            double w = LabelDeclutter.estimatedWidth(band.label(), size) + 12;
            surface.fillRect(0, top, w, size + 10, style.bandFill(b), 0.85);
            surface.text(band.label(), 6, top + size + 3, size, true, style.text(), 1, TextAnchor.START);
        }
    }

    static IntList[] buckets(int count) {
        IntList[] lists = new IntList[count];
        for (int k = 0; k < count; k++) {
            lists[k] = new IntList();
        }
        return lists;
    }
}
