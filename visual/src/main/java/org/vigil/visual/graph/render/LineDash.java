package org.vigil.visual.graph.render;

/** A line's dash pattern in screen pixels; edges' dependency types and impact flows differ by it. */
public enum LineDash {
    SOLID(),
    DASHED(8, 5),
    DOTTED(2, 4),
    /** An edge impact flows through: long dash, dot. */
    IMPACT(14, 4, 3, 4),
    /** The ring round a node the cascade will reach. */
    RING(4, 3);

    private final double[] pattern;

    LineDash(double... pattern) {
        this.pattern = pattern;
    }

    /** Dash and gap lengths in pixels; empty for a solid line. */
    public double[] pattern() {
        return pattern.clone();
    }

    boolean solid() {
        return pattern.length == 0;
    }
}
