package org.vigil.visual.graph.render;

import static org.vigil.visual.graph.render.ScenePainter.DETAIL_PX;
import static org.vigil.visual.graph.render.ScenePainter.TINY_PX;

import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * The nodes of a frame, by style (emphasis, condition, asset or group) in ascending key order: bodies
 * (plain squares when tiny), condition marks, group badges; then impact arcs over their track,
 * incident pennants, highlight outlines and selection rings. Each style in one {@link StyleBatch}.
 */
final class NodePainter {

    private static final Emphasis[] EMPHASES = Emphasis.values();
    private static final NodeCondition[] CONDITIONS = NodeCondition.values();

    private final GraphStyle style;
    private final StyleBatch batch;
    private final IntList[] buckets = ScenePainter.buckets(SceneIndex.NODE_KEYS);

    NodePainter(GraphStyle style, StyleBatch batch) {
        this.style = style;
        this.batch = batch;
    }

    /** Draws the visible nodes. */
    void paint(SceneIndex index, Viewport view, IntList visible, Surface surface) {
        for (IntList bucket : buckets) {
            bucket.clear();
        }
        for (int p = 0; p < visible.size(); p++) {
            int i = visible.get(p);
            buckets[index.nodeKey(i)].add(i);
        }
        for (int key = 0; key < buckets.length; key++) {
            if (!buckets[key].isEmpty()) {
                bodies(index, view, buckets[key], key, surface);
            }
        }
        decorations(index, view, visible, surface);
    }

    private void bodies(SceneIndex index, Viewport view, IntList bucket, int key, Surface surface) {
        double scale = view.scale();
        Emphasis emphasis = EMPHASES[key / 16];
        boolean group = key % 2 == 1;
        GraphStyle.NodeLook look = style.node(CONDITIONS[(key % 16) / 2]);
        NodeShape shape = group ? NodeShape.ROUNDED_RECTANGLE : look.shape();
        double alpha = style.opacity(emphasis);

        batch.begin(surface, () -> surface.fill(look.fill(), alpha));
        for (int p = 0; p < bucket.size(); p++) {
            int i = bucket.get(p);
            double r = index.node(i).radius() * scale;
            if (r < TINY_PX) {
                double d = Math.max(0.75, r);
                double x = view.screenX(index.x(i));
                double y = view.screenY(index.y(i));
                batch.add();
                surface.rect(x - d, y - d, 2 * d, 2 * d);
            }
        }
        batch.end();

        boolean halfFilled = !group && look.mark() == ConditionMark.HALF_FILL;
        batch.begin(surface, () -> {
            surface.fill(halfFilled ? GraphStyle.WHITE : look.fill(), alpha);
            surface.stroke(look.outline(), alpha, 1.2, LineDash.SOLID);
        });
        for (int p = 0; p < bucket.size(); p++) {
            int i = bucket.get(p);
            double r = index.node(i).radius() * scale;
            if (r >= TINY_PX) {
                double x = view.screenX(index.x(i));
                double y = view.screenY(index.y(i));
                batch.add();
                shape.outline(surface, x, y, r);
            }
        }
        batch.end();

        if (group) {
            groupBadges(index, view, bucket, look, alpha, surface);
        } else if (look.mark() != ConditionMark.NONE) {
            batch.begin(surface, () -> markInk(look, surface, alpha));
            for (int p = 0; p < bucket.size(); p++) {
                int i = bucket.get(p);
                double r = index.node(i).radius() * scale;
                if (r >= DETAIL_PX) {
                    double x = view.screenX(index.x(i));
                    double y = view.screenY(index.y(i));
                    batch.add();
                    look.mark().path(surface, shape, x, y, r);
                }
            }
            batch.end();
        }
    }

    private static void markInk(GraphStyle.NodeLook look, Surface surface, double alpha) {
        switch (look.mark()) {
            case DASHED_RING -> surface.stroke(GraphStyle.BLACK, alpha, 1.5, LineDash.RING);
            case CROSS -> surface.stroke(GraphStyle.BLACK, alpha, 2, LineDash.SOLID);
            case HALF_FILL -> surface.fill(look.fill(), alpha);
            case EXCLAMATION -> surface.fill(GraphStyle.BLACK, alpha);
            case NONE -> {}
        }
    }

    /** A group shows its condition as a small node of that condition at its top-left corner. */
    private void groupBadges(
            SceneIndex index, Viewport view, IntList bucket, GraphStyle.NodeLook look, double alpha, Surface s) {
        for (boolean mark : new boolean[] {false, true}) {
            if (mark && look.mark() == ConditionMark.NONE) {
                return;
            }
            batch.begin(s, () -> {
                if (mark) {
                    markInk(look, s, alpha);
                } else {
                    s.fill(look.mark() == ConditionMark.HALF_FILL ? GraphStyle.WHITE : look.fill(), alpha);
                    s.stroke(look.outline(), alpha, 1.2, LineDash.SOLID);
                }
            });
            for (int p = 0; p < bucket.size(); p++) {
                int i = bucket.get(p);
                if (index.node(i).radius() * view.scale() < DETAIL_PX) {
                    continue;
                }
                double r = Math.max(DETAIL_PX, index.node(i).radius() * view.scale() * 0.42);
                double x = view.screenX(index.x(i) - index.halfWidth(i));
                double y = view.screenY(index.y(i) - index.halfHeight(i));
                batch.add();
                if (mark) {
                    look.mark().path(s, look.shape(), x, y, r);
                } else {
                    look.shape().outline(s, x, y, r);
                }
            }
            batch.end();
        }
    }

    /** Impact arcs over their track, incident pennants, highlight outlines and selection rings. */
    private void decorations(SceneIndex index, Viewport view, IntList visible, Surface surface) {
        double scale = view.scale();
        for (boolean faded : new boolean[] {true, false}) {
            double alpha = faded ? style.opacity(Emphasis.FADED) : 1;
            for (boolean track : new boolean[] {true, false}) {
                int colour = track ? style.impactTrack() : style.impactArc();
                batch.begin(surface, () -> surface.stroke(colour, alpha, 3, LineDash.SOLID));
                for (int p = 0; p < visible.size(); p++) {
                    int i = visible.get(p);
                    SceneNode node = index.node(i);
                    double r = node.radius() * scale;
                    if (node.impact() > 0 && r >= DETAIL_PX && (node.emphasis() == Emphasis.FADED) == faded) {
                        double cx = view.screenX(index.x(i));
                        double cy = view.screenY(index.y(i));
                        double ring = ConditionMark.ringRadius(Math.max(r, index.halfWidth(i) * scale)) + 3;
                        batch.add();
                        surface.moveTo(PathSink.arcX(cx, ring, 90), PathSink.arcY(cy, ring, 90));
                        surface.arc(cx, cy, ring, 90, track ? -360 : -360 * node.impact());
                    }
                }
                batch.end();
            }
            batch.begin(surface, () -> {
                surface.fill(style.incidentBadge(), alpha);
                surface.stroke(GraphStyle.BLACK, alpha, 1.2, LineDash.SOLID);
            });
            for (int p = 0; p < visible.size(); p++) {
                int i = visible.get(p);
                SceneNode node = index.node(i);
                if (node.incident()
                        && node.radius() * scale >= DETAIL_PX
                        && (node.emphasis() == Emphasis.FADED) == faded) {
                    pennant(index, view, i, surface);
                }
            }
            batch.end();
        }
        batch.begin(surface, () -> surface.stroke(style.highlight(), 1, 3.2, LineDash.SOLID));
        for (int p = 0; p < visible.size(); p++) {
            int i = visible.get(p);
            SceneNode node = index.node(i);
            if (node.emphasis() == Emphasis.HIGHLIGHTED) {
                double r = Math.max(node.radius() * scale, TINY_PX);
                double x = view.screenX(index.x(i));
                double y = view.screenY(index.y(i));
                batch.add();
                style.body(node).outline(surface, x, y, r);
            }
        }
        batch.end();
        batch.begin(surface, () -> {
            surface.stroke(GraphStyle.WHITE, 1, 6, LineDash.SOLID);
            surface.stroke(style.focus(), 1, 3, LineDash.SOLID);
        });
        for (int p = 0; p < visible.size(); p++) {
            int i = visible.get(p);
            if (index.node(i).emphasis() == Emphasis.SELECTED) {
                double r = Math.max(8, Math.max(index.halfWidth(i), index.halfHeight(i)) * scale + 6);
                double x = view.screenX(index.x(i));
                double y = view.screenY(index.y(i));
                batch.add();
                surface.circle(x, y, r);
            }
        }
        batch.end();
    }

    /** A small flag at the node's top right: an open incident on it. */
    private void pennant(SceneIndex index, Viewport view, int i, Surface surface) {
        double scale = view.scale();
        double r = index.node(i).radius() * scale;
        double size = Math.max(6, r * 0.55);
        double poleX = view.screenX(index.x(i)) + index.halfWidth(i) * scale * 0.7;
        double foot = view.screenY(index.y(i)) - index.halfHeight(i) * scale * 0.7;
        double top = foot - size * 1.5;
        batch.add();
        surface.moveTo(poleX, foot);
        surface.lineTo(poleX, top);
        surface.lineTo(poleX + size, top + size * 0.4);
        surface.lineTo(poleX, top + size * 0.8);
        surface.closePath();
    }
}
