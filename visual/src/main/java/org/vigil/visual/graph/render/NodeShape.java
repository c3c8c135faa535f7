package org.vigil.visual.graph.render;

/**
 * The outline of a node's body. Each condition has its own, so a condition is never told by colour
 * alone; groups and organisations are rounded rectangles (with their condition as a badge).
 */
public enum NodeShape {
    CIRCLE,
    /** Pointing up, like a warning sign. */
    TRIANGLE,
    DIAMOND,
    SQUARE,
    OCTAGON,
    ROUNDED_RECTANGLE;

    /** Half the width of the shape drawn for radius r. */
    public double halfWidth(double r) {
        return this == ROUNDED_RECTANGLE ? r * 1.4 : r;
    }

    /** Half the height of the shape drawn for radius r. */
    public double halfHeight(double r) {
        return r;
    }

    void outline(PathSink path, double cx, double cy, double r) {
        switch (this) {
            case CIRCLE -> path.circle(cx, cy, r);
            case TRIANGLE -> {
                path.moveTo(cx, cy - r * 1.2);
                path.lineTo(cx + r * 1.15, cy + r * 0.8);
                path.lineTo(cx - r * 1.15, cy + r * 0.8);
                path.closePath();
            }
            case DIAMOND -> {
                double d = r * 1.15; // a diamond of radius r looks smaller than a circle of r
                path.moveTo(cx, cy - d);
                path.lineTo(cx + d, cy);
                path.lineTo(cx, cy + d);
                path.lineTo(cx - d, cy);
                path.closePath();
            }
            case SQUARE -> {
                double s = r * 0.9;
                path.rect(cx - s, cy - s, 2 * s, 2 * s);
            }
            case OCTAGON -> {
                for (int k = 0; k < 8; k++) {
                    double a = Math.PI / 8 + k * Math.PI / 4;
                    double x = cx + r * Math.cos(a);
                    double y = cy + r * Math.sin(a);
                    if (k == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
            }
            case ROUNDED_RECTANGLE -> {
                double hw = halfWidth(r);
                double hh = halfHeight(r);
                double c = r * 0.35;
                path.moveTo(cx - hw + c, cy - hh);
                path.lineTo(cx + hw - c, cy - hh);
                path.quadTo(cx + hw, cy - hh, cx + hw, cy - hh + c);
                path.lineTo(cx + hw, cy + hh - c);
                path.quadTo(cx + hw, cy + hh, cx + hw - c, cy + hh);
                path.lineTo(cx - hw + c, cy + hh);
                path.quadTo(cx - hw, cy + hh, cx - hw, cy + hh - c);
                path.lineTo(cx - hw, cy - hh + c);
                path.quadTo(cx - hw, cy - hh, cx - hw + c, cy - hh);
                path.closePath();
            }
        }
    }
}
