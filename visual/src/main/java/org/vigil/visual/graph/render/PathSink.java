package org.vigil.visual.graph.render;

/**
 * Where a path's outline goes, so one piece of geometry (a node's shape, a mark, an arrowhead) feeds
 * the canvas, Java2D and SVG alike. Angles in degrees, counter-clockwise as seen on screen (y grows
 * downwards), as JavaFX's and Java2D's arcs take them.
 */
interface PathSink {

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadTo(double cx, double cy, double x, double y);

    /** An arc from the current point, which must be the arc's start. */
    void arc(double cx, double cy, double r, double startDegrees, double extentDegrees);

    void closePath();

    default void circle(double cx, double cy, double r) {
        moveTo(cx + r, cy);
        arc(cx, cy, r, 0, 360);
        closePath();
    }

    default void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        closePath();
    }

    /** The point at an angle on a circle, in this interface's angle convention. */
    static double arcX(double cx, double r, double degrees) {
        return cx + r * Math.cos(Math.toRadians(degrees));
    }

    static double arcY(double cy, double r, double degrees) {
        return cy - r * Math.sin(Math.toRadians(degrees));
    }
}
