package org.vigil.visual.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** An event's mark on the canvas: its severity's shape (hollow circle up to diamond), filled with its colour. */
final class SeverityMarks {

    static final double RADIUS = 5;

    private SeverityMarks() {}

    static void draw(GraphicsContext g, SeverityShape shape, double x, double y, Paint outline) {
        g.setFill(Color.web(shape.colour()));
        g.setStroke(outline);
        g.setLineWidth(1);
        double r = RADIUS;
        switch (shape) {
            case CRITICAL -> {
                double[] xs = {x, x + r + 1, x, x - r - 1};
                double[] ys = {y - r - 1, y, y + r + 1, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            case HIGH -> {
                double[] xs = {x, x + r, x - r};
                double[] ys = {y - r, y + r - 1, y + r - 1};
                g.fillPolygon(xs, ys, 3);
                g.strokePolygon(xs, ys, 3);
            }
            case MEDIUM -> {
                g.fillRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
                g.strokeRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            }
            case LOW -> {
                g.fillOval(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
                g.strokeOval(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            }
            case INFO -> g.strokeOval(x - r + 1.5, y - r + 1.5, 2 * r - 3, 2 * r - 3);
        }
    }
}
