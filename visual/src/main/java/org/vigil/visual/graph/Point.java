package org.vigil.visual.graph;

/** A place in the graph's world coordinates. */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not a finite point: " + x + ", " + y);
        }
    }
}
