package org.vigil.visual.anomaly;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.vigil.core.anomaly.StreamPoint;
import org.vigil.visual.text.UiText;

/**
 * Draws a stream chart: the expected band shaded, the observed line, points that fire now as
 * triangles and points that would fire at the previewed threshold as rings (shape, not colour alone),
 * the focused point's crosshair, and the time and value axes with the unit. Okabe–Ito colours.
 */
final class StreamChartPainter {

    /** The least room between two time labels, in pixels. */
    private static final double TICK_GAP = 12;

    static final double LEFT = 64;
    static final double RIGHT = 16;
    static final double TOP = 28;
    static final double BOTTOM = 40;

    private static final Color OBSERVED = Color.web("#0072B2"); // blue
    private static final Color BAND = Color.web("#56B4E9", 0.28); // sky blue, translucent
    private static final Color BAND_EDGE = Color.web("#56B4E9");
    private static final Color FIRES_NOW = Color.web("#D55E00"); // vermillion
    private static final Color WOULD_FIRE = Color.web("#E69F00"); // orange

    /** The colours that follow the theme. */
    record Palette(Paint text, Paint muted, Paint accent) {}

    private final UiText text;
    private final StreamTexts texts;

    StreamChartPainter(UiText text, StreamTexts texts) {
        this.text = text;
        this.texts = texts;
    }

    static ChartScale scale(StreamChart chart, double width, double height) {
        return new ChartScale(chart, LEFT, TOP, Math.max(1, width - LEFT - RIGHT), Math.max(1, height - TOP - BOTTOM));
    }

    void paint(GraphicsContext g, StreamChart chart, int focused, double width, double height, Palette p) {
        g.clearRect(0, 0, width, height);
        if (chart == null || chart.points().isEmpty()) {
            return;
        }
        ChartScale s = scale(chart, width, height);
        g.setFont(Font.font(11));
        axes(g, chart, s, p);
        band(g, chart.points(), s);
        line(g, chart.points(), s);
        marks(g, chart, s, p);
        legend(g, p, width);
        if (focused >= 0 && focused < chart.points().size()) {
            double x = s.x(chart.points().get(focused).time());
            g.setStroke(p.accent());
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(x, s.top(), x, s.top() + s.height());
            g.setLineDashes();
            StreamPoint point = chart.points().get(focused);
            if (Double.isFinite(point.observed())) {
                g.strokeRect(x - 6, s.y(point.observed()) - 6, 12, 12);
            }
        }
    }

    private void axes(GraphicsContext g, StreamChart chart, ChartScale s, Palette p) {
        double bottom = s.top() + s.height();
        g.setStroke(p.muted());
        g.setLineWidth(1);
        g.strokeLine(s.left(), s.top(), s.left(), bottom);
        g.strokeLine(s.left(), bottom, s.left() + s.width(), bottom);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double value : chart.valueTicks()) {
            double y = s.y(value);
            g.strokeLine(s.left() - 4, y, s.left(), y);
            g.fillText(texts.number(value), s.left() - 6, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text.get("anomaly.chart.axis.value", chart.unit()), 4, 4);
        List<Instant> ticks = chart.timeTicks();
        int last = ticks.size() - 1;
        double[][] spans = new double[ticks.size()][];
        String[] labels = new String[ticks.size()];
        for (int i = 0; i <= last; i++) {
            double x = s.x(ticks.get(i));
            g.strokeLine(x, bottom, x, bottom + 4);
            labels[i] = text.get("anomaly.chart.tick", Date.from(ticks.get(i)));
            double width = textWidth(labels[i], g.getFont());
            double from = i == 0 ? x : i == last ? x - width : x - width / 2;
            spans[i] = new double[] {from, from + width};
        }
        // the first and last label always show; one between shows only where it overlaps neither
        // the label before it nor the last one, so narrow charts and long dates stay readable
        double drawnUpTo = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= last; i++) {
            boolean fits = i == 0
                    || i == last
                    || (spans[i][0] > drawnUpTo + TICK_GAP && spans[i][1] + TICK_GAP < spans[last][0]);
            if (fits) {
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(labels[i], spans[i][0], bottom + 6);
                drawnUpTo = spans[i][1];
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(text.get("anomaly.chart.axis.time"), s.left() + s.width(), bottom + 22);
    }

    private static double textWidth(String label, Font font) {
        Text measured = new Text(label);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    /** The band as quads between consecutive points that both know it. */
    private void band(GraphicsContext g, List<StreamPoint> points, ChartScale s) {
        g.setFill(BAND);
        g.setStroke(BAND_EDGE);
        g.setLineWidth(0.75);
        for (int i = 1; i < points.size(); i++) {
            StreamPoint a = points.get(i - 1);
            StreamPoint b = points.get(i);
            if (known(a) && known(b)) {
                double[] xs = {s.x(a.time()), s.x(b.time()), s.x(b.time()), s.x(a.time())};
                double[] ys = {s.y(a.upper()), s.y(b.upper()), s.y(b.lower()), s.y(a.lower())};
                g.fillPolygon(xs, ys, 4);
                g.strokeLine(xs[0], ys[0], xs[1], ys[1]);
                g.strokeLine(xs[3], ys[3], xs[2], ys[2]);
            }
        }
    }

    private static boolean known(StreamPoint p) {
        return Double.isFinite(p.lower()) && Double.isFinite(p.upper());
    }

    private void line(GraphicsContext g, List<StreamPoint> points, ChartScale s) {
        g.setStroke(OBSERVED);
        g.setLineWidth(1.75);
        g.beginPath();
        boolean open = false;
        for (StreamPoint point : points) {
            if (!Double.isFinite(point.observed())) {
                open = false; // a gap breaks the line
                continue;
            }
            double x = s.x(point.time());
            double y = s.y(point.observed());
            if (open) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                open = true;
            }
        }
        g.stroke();
        if (points.size() <= 200) {
            g.setFill(OBSERVED);
            for (StreamPoint point : points) {
                if (Double.isFinite(point.observed())) {
                    g.fillOval(s.x(point.time()) - 2, s.y(point.observed()) - 2, 4, 4);
                }
            }
        }
    }

    private void marks(GraphicsContext g, StreamChart chart, ChartScale s, Palette p) {
        for (int i = 0; i < chart.points().size(); i++) {
            StreamPoint point = chart.points().get(i);
            if (!Double.isFinite(point.observed())) {
                continue;
            }
            double x = s.x(point.time());
            double y = s.y(point.observed());
            if (chart.wouldFire(i)) {
                ring(g, x, y);
            }
            if (chart.firesNow(i)) {
                triangle(g, x, y, p.text());
            }
        }
    }

    static void ring(GraphicsContext g, double x, double y) {
        g.setStroke(WOULD_FIRE);
        g.setLineWidth(2.5);
        g.strokeOval(x - 9, y - 9, 18, 18);
    }

    static void triangle(GraphicsContext g, double x, double y, Paint outline) {
        double[] xs = {x, x + 6, x - 6};
        double[] ys = {y - 7, y + 4, y + 4};
        g.setFill(FIRES_NOW);
        g.fillPolygon(xs, ys, 3);
        g.setStroke(outline);
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 3);
    }

    private static double width(String label) {
        Text measured = new Text(label);
        measured.setFont(Font.font(11));
        return measured.getLayoutBounds().getWidth();
    }

    private void legend(GraphicsContext g, Palette p, double width) {
        double y = 12;
        double x = width - RIGHT;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(p.text());
        String[] keys = {
            "anomaly.chart.legend.wouldFire",
            "anomaly.chart.legend.firesNow",
            "anomaly.chart.legend.band",
            "anomaly.chart.legend.observed"
        };
        for (String key : keys) {
            String label = text.get(key);
            g.setFill(p.text());
            g.fillText(label, x, y);
            double w = width(label);
            double sx = x - w - 14;
            switch (key) {
                case "anomaly.chart.legend.wouldFire" -> ring(g, sx, y);
                case "anomaly.chart.legend.firesNow" -> triangle(g, sx, y + 1, p.text());
                case "anomaly.chart.legend.band" -> {
                    g.setFill(BAND);
                    g.fillRect(sx - 8, y - 5, 16, 10);
                }
                default -> {
                    g.setStroke(OBSERVED);
                    g.setLineWidth(1.75);
                    g.strokeLine(sx - 8, y, sx + 8, y);
                }
            }
            x = sx - 16;
        }
    }
}
