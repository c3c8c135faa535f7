package org.vigil.visual.cascade;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * How the n-th series of a chart is drawn: an Okabe–Ito colour, a dash pattern and a marker shape,
 * each cycling with its own period, so series stay apart without colour.
 */
record SeriesStyle(Color colour, double[] dashes, Marker marker) {

    enum Marker {
        CIRCLE,
        SQUARE,
        TRIANGLE,
        DIAMOND,
        CROSS,
        PLUS,
        TRIANGLE_DOWN
    }

    /** Okabe–Ito, the yellow last: it reads worst on white. */
    private static final Color[] COLOURS = {
        Color.web("#0072B2"),
        Color.web("#D55E00"),
        Color.web("#009E73"),
        Color.web("#E69F00"),
        Color.web("#CC79A7"),
        Color.web("#56B4E9"),
        Color.web("#000000"),
        Color.web("#F0E442")
    };

    private static final double[][] DASHES = {{}, {9, 4}, {2, 3}, {10, 3, 2, 3}, {16, 6}, {4, 4}};

    static SeriesStyle of(int index) {
        return new SeriesStyle(
                COLOURS[index % COLOURS.length],
                DASHES[index % DASHES.length],
                Marker.values()[index % Marker.values().length]);
    }

    void stroke(GraphicsContext g, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
    }

    /** Draws the marker centred at (x, y), in the series' colour, with solid lines. */
    void mark(GraphicsContext g, double x, double y, double size) {
        double r = size / 2;
        g.setLineDashes();
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(1.5);
        switch (marker) {
            case CIRCLE -> g.fillOval(x - r, y - r, size, size);
            case SQUARE -> g.fillRect(x - r, y - r, size, size);
            case TRIANGLE -> g.fillPolygon(new double[] {x - r, x + r, x}, new double[] {y + r, y + r, y - r}, 3);
            case TRIANGLE_DOWN -> g.fillPolygon(new double[] {x - r, x + r, x}, new double[] {y - r, y - r, y + r}, 3);
            case DIAMOND -> g.fillPolygon(new double[] {x - r, x, x + r, x}, new double[] {y, y - r, y, y + r}, 4);
            case CROSS -> {
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
            case PLUS -> {
                g.strokeLine(x - r, y, x + r, y);
                g.strokeLine(x, y - r, x, y + r);
            }
        }
    }
}
