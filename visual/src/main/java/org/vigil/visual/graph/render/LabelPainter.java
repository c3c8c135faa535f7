package org.vigil.visual.graph.render;

import static org.vigil.visual.graph.render.ScenePainter.LABEL_PX;
import static org.vigil.visual.graph.render.ScenePainter.TINY_PX;

import java.util.Arrays;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * The texts of a frame: node labels below nodes big enough on screen, most important first and only
 * where they do not crowd each other or cover a node ({@link LabelDeclutter}); member counts inside
 * groups; multiplicities on edges standing for several dependencies.
 */
final class LabelPainter {

    private final GraphStyle style;
    private final LabelDeclutter declutter = new LabelDeclutter();
    private final IntList labelled = new IntList(256);

    LabelPainter(GraphStyle style) {
        this.style = style;
    }

    /** Draws the texts; returns how many node labels were drawn. */
    int paint(SceneIndex index, Viewport view, IntList nodes, IntList edges, Surface surface) {
        double scale = view.scale();
        labelled.clear();
        for (int p = 0; p < nodes.size(); p++) {
            int i = nodes.get(p);
            if (index.node(i).radius() * scale >= LABEL_PX) {
                labelled.add(i);
            }
        }
        if (labelled.isEmpty()) {
            return 0;
        }
        declutter.clear();
        // Text never covers a node's body: bodies are taken first.
        for (int p = 0; p < nodes.size(); p++) {
            int i = nodes.get(p);
            double hw = index.halfWidth(i) * scale;
            double hh = index.halfHeight(i) * scale;
            if (hw >= TINY_PX) {
                declutter.occupy(view.screenX(index.x(i)) - hw, view.screenY(index.y(i)) - hh, 2 * hw, 2 * hh);
            }
        }
        Integer[] order = new Integer[labelled.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = labelled.get(k);
        }
        Arrays.sort(order, (a, b) -> Double.compare(importance(index.node(b)), importance(index.node(a))));
        int drawn = 0;
        double size = GraphStyle.LABEL_SIZE;
        for (int i : order) {
            SceneNode node = index.node(i);
            double cx = view.screenX(index.x(i));
            double cy = view.screenY(index.y(i));
            double alpha = style.opacity(node.emphasis());
            if (node.kind() != NodeKind.ASSET) {
                double countSize = Math.min(size, index.halfHeight(i) * scale);
                surface.text(
                        Integer.toString(node.memberCount()),
                        cx,
                        cy + countSize * 0.35,
                        countSize,
                        true,
                        style.text(),
                        alpha,
                        TextAnchor.MIDDLE);
            }
            if (node.label().isEmpty()) {
                continue;
            }
            double below = cy + ConditionMark.ringRadius(index.halfHeight(i) * scale) + size;
            double w = LabelDeclutter.estimatedWidth(node.label(), size);
            if (declutter.offer(cx - w / 2, below - size, w, size * 1.3)) {
                surface.text(node.label(), cx, below, size, false, style.text(), alpha, TextAnchor.MIDDLE);
                drawn++;
            }
        }
        multiplicities(index, view, edges, surface);
        return drawn;
    }

    private void multiplicities(SceneIndex index, Viewport view, IntList edges, Surface surface) {
        double size = GraphStyle.LABEL_SIZE - 2;
        for (int p = 0; p < edges.size(); p++) {
            int e = edges.get(p);
            int m = index.edge(e).multiplicity();
            if (m > 1) {
                double mx = view.screenX((index.x(index.from(e)) + index.x(index.to(e))) / 2);
                double my = view.screenY((index.y(index.from(e)) + index.y(index.to(e))) / 2);
                String text = "×" + m;
                double w = LabelDeclutter.estimatedWidth(text, size);
                if (declutter.offer(mx - w / 2, my - size - 2, w, size)) {
                    double alpha = style.opacity(index.edge(e).emphasis());
                    surface.text(text, mx, my - 2, size, true, style.text(), alpha, TextAnchor.MIDDLE);
                }
            }
        }
    }

    /** Which labels win a crowded spot: selected, highlighted, with incident, worse, bigger. */
    private static double importance(SceneNode node) {
        double emphasis = switch (node.emphasis()) {
            case SELECTED -> 4;
            case HIGHLIGHTED -> 3;
            case NORMAL -> 2;
            case FADED -> 0;
        };
        return emphasis * 1000 + (node.incident() ? 500 : 0) + node.condition().ordinal() * 50 + node.radius();
    }
}
