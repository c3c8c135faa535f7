package org.vigil.visual.graph.render;

import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The anomaly badge of a node: a four-pointed star at its upper left with the number of anomalies in
 * the shown time beside it. The star is the timeline's anomaly mark, so the shape means the same on both
 * pages; the count is text, never colour.
 */
final class AnomalyBadges {

    private static final Color STAR = Color.web("#CC79A7"); // Okabe–Ito reddish purple
    private static final double OUTER = 8;

    private AnomalyBadges() {}

    static void paint(GraphicsContext g, SceneIndex index, Viewport view, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int i = index.indexOf(entry.getKey());
            if (i < 0 || entry.getValue() <= 0) {
                continue;
            }
            double x = view.screenX(index.x(i) - index.halfWidth(i)) - 2;
            double y = view.screenY(index.y(i)) - view.scale() * index.halfWidth(i) - 2;
            star(g, x, y);
            String count = String.valueOf(entry.getValue());
            g.setStroke(Color.WHITE);
            g.setLineWidth(3);
            g.strokeText(count, x + OUTER + 1, y);
            g.setFill(Color.BLACK);
            g.fillText(count, x + OUTER + 1, y);
        }
    }

    static void star(GraphicsContext g, double x, double y) {
        double[] xs = new double[8];
        double[] ys = new double[8];
        for (int k = 0; k < 8; k++) {
            double r = k % 2 == 0 ? OUTER : 2.5;
            double angle = Math.PI / 4 * k - Math.PI / 2;
            xs[k] = x + r * Math.cos(angle);
            ys[k] = y + r * Math.sin(angle);
        }
        g.setFill(STAR);
        g.fillPolygon(xs, ys, 8);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 8);
    }
}
