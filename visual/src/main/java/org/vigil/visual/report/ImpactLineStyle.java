package org.vigil.visual.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * How the n-th line of the report's impact chart is drawn: an Okabe–Ito colour, a dash pattern and a
 * marker shape, each different for the chart's eight lines, so lines stay apart without colour (in
 * grey print, for a colour-blind reader).
 */
record ImpactLineStyle(Color colour, float[] dashes, Marker marker) {

    enum Marker {
        CIRCLE,
        SQUARE,
        TRIANGLE,
        DIAMOND,
        CROSS,
        PLUS,
        TRIANGLE_DOWN,
        RING
    }

    /** Okabe–Ito, the yellow last: it reads worst on white. */
    private static final Color[] COLOURS = {
        new Color(0x0072B2),
        new Color(0xD55E00),
        new Color(0x009E73),
        new Color(0xE69F00),
        new Color(0xCC79A7),
        new Color(0x56B4E9),
        new Color(0x000000),
        new Color(0xC9B800) // Okabe–Ito's yellow (#F0E442), darkened to show on white paper
    };

    /** Solid, dashed, dotted, dash-dot, long dash, short dash, dash-dot-dot, long dash-short dash. */
    private static final float[][] DASHES = {
        {}, {9, 4}, {2, 3}, {10, 3, 2, 3}, {16, 6}, {5, 5}, {12, 3, 2, 3, 2, 3}, {18, 4, 6, 4}
    };

    /** Lines the chart tells apart: one style each. */
    static final int DISTINCT = COLOURS.length;

    static ImpactLineStyle of(int index) {
        return new ImpactLineStyle(
                COLOURS[index % COLOURS.length],
                DASHES[index % DASHES.length],
                Marker.values()[index % Marker.values().length]);
    }

    /** Sets the colour and a stroke {@code width} wide with the dash pattern. */
    void stroke(Graphics2D g, float width) {
        g.setColor(colour);
        g.setStroke(
                dashes.length == 0
                        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0));
    }

    /** Draws the marker centred at (x, y), {@code size} across, in the line's colour, with solid lines. */
    void mark(Graphics2D g, double x, double y, double size) {
        double r = size / 2;
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.6f));
        switch (marker) {
            case CIRCLE -> g.fill(new Ellipse2D.Double(x - r, y - r, size, size));
            case SQUARE -> g.fill(new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, size * 0.9, size * 0.9));
            case TRIANGLE -> g.fill(polygon(x - r, y + r, x + r, y + r, x, y - r));
            case TRIANGLE_DOWN -> g.fill(polygon(x - r, y - r, x + r, y - r, x, y + r));
            case DIAMOND -> g.fill(polygon(x - r, y, x, y - r, x + r, y, x, y + r));
            case CROSS -> {
                g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
                g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
            }
            case PLUS -> {
                g.draw(new Line2D.Double(x - r, y, x + r, y));
                g.draw(new Line2D.Double(x, y - r, x, y + r));
            }
            case RING -> g.draw(new Ellipse2D.Double(x - r * 0.85, y - r * 0.85, size * 0.85, size * 0.85));
        }
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
