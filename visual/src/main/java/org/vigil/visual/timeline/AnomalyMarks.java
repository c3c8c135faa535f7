package org.vigil.visual.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * An anomaly event's mark: a four-pointed star, a shape no severity has, filled with its severity's
 * colour, so an anomaly reads as one without colour and its severity still shows.
 */
final class AnomalyMarks {

    /** The monitor (source) of anomaly events. */
    static final String SOURCE = "anomaly";

    private AnomalyMarks() {}

    static boolean isAnomaly(String source) {
        return SOURCE.equals(source);
    }

    static void draw(GraphicsContext g, SeverityShape severity, double x, double y, Paint outline) {
        double outer = SeverityMarks.RADIUS + 2;
        double inner = 2;
        double[] xs = new double[8];
        double[] ys = new double[8];
        for (int i = 0; i < 8; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = Math.PI / 4 * i - Math.PI / 2;
            xs[i] = x + r * Math.cos(angle);
            ys[i] = y + r * Math.sin(angle);
        }
        g.setFill(Color.web(severity.colour()));
        g.fillPolygon(xs, ys, 8);
        g.setStroke(outline);
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 8);
    }
}
