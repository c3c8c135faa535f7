package org.vigil.visual.graph.render;

/**
 * The badge a condition adds to its shape, so that it reads in greyscale and to colour-blind eyes:
 * dashed ring (at risk), lower half filled (degraded), × (failed), ! (compromised).
 */
public enum ConditionMark {
    NONE,
    DASHED_RING,
    HALF_FILL,
    CROSS,
    EXCLAMATION;

    /** Whether the mark's path is stroked (lines) rather than filled. */
    boolean stroked() {
        return this == DASHED_RING || this == CROSS;
    }

    /** The ring's radius round a body of radius r. */
    static double ringRadius(double r) {
        return r * 1.3 + 2;
    }

    /**
     * The mark for a body of the given shape and radius at cx, cy. HALF_FILL is the lower half of the
     * body, filled in the condition's colour over a white body.
     */
    void path(PathSink path, NodeShape shape, double cx, double cy, double r) {
        switch (this) {
            case NONE -> {}
            case DASHED_RING -> path.circle(cx, cy, ringRadius(r));
            case HALF_FILL -> {
                if (shape == NodeShape.DIAMOND) {
                    double d = r * 1.15;
                    path.moveTo(cx - d, cy);
                    path.lineTo(cx + d, cy);
                    path.lineTo(cx, cy + d);
                    path.closePath();
                } else {
                    path.moveTo(cx + r, cy);
                    path.arc(cx, cy, r, 0, -180);
                    path.closePath();
                }
            }
            case CROSS -> {
                double s = r * 0.55;
                path.moveTo(cx - s, cy - s);
                path.lineTo(cx + s, cy + s);
                path.moveTo(cx + s, cy - s);
                path.lineTo(cx - s, cy + s);
            }
            case EXCLAMATION -> {
                double w = r * 0.13;
                path.rect(cx - w, cy - r * 0.6, 2 * w, r * 0.75);
                path.rect(cx - w, cy + r * 0.32, 2 * w, 2 * w);
            }
        }
    }
}
