package org.vigil.visual.cascade;

import java.util.List;
import java.util.OptionalDouble;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.vigil.visual.text.UiText;

/**
 * Impact over time, 0–100 %, one line per business service, drawn on a canvas: each series has its
 * own colour, dash pattern and marker ({@link SeriesStyle}); the selected service is drawn thicker
 * with its RTO and MTPD as labelled vertical lines. Hovering shows the time and the impacts there.
 */
final class ImpactChart extends Region {

    private static final double LEFT = 48;
    private static final double RIGHT = 28;
    private static final double TOP = 12;
    private static final double BOTTOM = 28;
    /** A marker every this many samples: enough to tell series apart, few enough not to clutter. */
    private static final int MARKER_EVERY = 24;

    private final Canvas canvas = new Canvas();
    private final UiText text;
    private final CascadeTimes times;
    private final Tooltip tip = new Tooltip();
    private CascadeOutcome outcome;
    private List<String> order = List.of();
    private String selected;
    private java.util.function.Function<String, String> names = id -> id;

    ImpactChart(UiText text) {
        this.text = text;
        this.times = new CascadeTimes(text);
        getChildren().add(canvas);
        setMinSize(320, 200);
        setPrefSize(720, 360);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        setOnMouseMoved(e -> tip.setText(describeAt(e.getX())));
        text.messagesProperty().addListener((obs, old, now) -> draw());
    }

    /**
     * Shows a run; {@code order} names every service that may appear (in both runs of a what-if)
     * so a service keeps its style from chart to chart.
     */
    void show(
            CascadeOutcome shown,
            List<String> seriesOrder,
            String selectedService,
            java.util.function.Function<String, String> assetNames) {
        this.outcome = shown;
        this.order = seriesOrder;
        this.selected = selectedService;
        this.names = assetNames;
        draw();
    }

    static SeriesStyle styleOf(List<String> order, String assetId) {
        return SeriesStyle.of(Math.max(0, order.indexOf(assetId)));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setLineDashes();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (outcome == null || w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
            return;
        }
        g.setFont(Font.font(11));
        axes(g, w, h);
        for (ImpactSeries series : outcome.series()) {
            if (!series.assetId().equals(selected)) {
                line(g, series, 1.6);
            }
        }
        outcome.series().stream()
                .filter(s -> s.assetId().equals(selected))
                .findFirst()
                .ifPresent(s -> {
                    line(g, s, 3.2);
                    deadline(g, s.rtoDeadline(), text.get("cascade.chart.rto"), h);
                    deadline(g, s.mtpdDeadline(), text.get("cascade.chart.mtpd"), h);
                });
    }

    private void axes(GraphicsContext g, double w, double h) {
        g.setStroke(Color.gray(0.75));
        g.setLineWidth(1);
        g.setFill(Color.gray(0.15));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0, h);
            g.strokeLine(LEFT, y, w - RIGHT, y);
            g.fillText(text.get("cascade.chart.percent", percent / 100.0), LEFT - 6, y);
        }
        double span = outcome.horizon() - outcome.origin();
        double step = span <= 240 ? 30 : span <= 1440 ? 180 : 720;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double m = 0; m <= span + 1e-9; m += step) {
            double x = x(outcome.origin() + m, w);
            g.strokeLine(x, TOP, x, h - BOTTOM);
            g.fillText(times.tick(m), x, h - BOTTOM + 6);
        }
    }

    private void line(GraphicsContext g, ImpactSeries series, double width) {
        SeriesStyle style = styleOf(order, series.assetId());
        List<Double> minutes = outcome.sampleMinutes();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        style.stroke(g, width);
        g.beginPath();
        for (int i = 0; i < minutes.size(); i++) {
            double x = x(minutes.get(i), w);
            double y = y(series.impacts().get(i), h);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        // Markers offset per series, so equal curves still show every series' marker.
        int offset = Math.max(0, order.indexOf(series.assetId())) * 3 % MARKER_EVERY;
        for (int i = offset; i < minutes.size(); i += MARKER_EVERY) {
            style.mark(g, x(minutes.get(i), w), y(series.impacts().get(i), h), width > 2 ? 9 : 7);
        }
    }

    private void deadline(GraphicsContext g, OptionalDouble minute, String label, double h) {
        if (minute.isEmpty() || minute.getAsDouble() > outcome.horizon()) {
            return;
        }
        double x = x(minute.getAsDouble(), canvas.getWidth());
        g.setStroke(Color.gray(0.1));
        g.setLineWidth(1.5);
        g.setLineDashes(3, 3);
        g.strokeLine(x, TOP, x, h - BOTTOM);
        g.setLineDashes();
        g.setFill(Color.gray(0.1));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(label, x + 3, TOP + 2);
    }

    private String describeAt(double mouseX) {
        if (outcome == null || outcome.series().isEmpty()) {
            return text.get("cascade.chart.empty");
        }
        List<Double> minutes = outcome.sampleMinutes();
        double fraction = (mouseX - LEFT) / Math.max(1, canvas.getWidth() - LEFT - RIGHT);
        int i = (int) Math.round(Math.max(0, Math.min(1, fraction)) * (minutes.size() - 1));
        StringBuilder b = new StringBuilder(times.after(minutes.get(i), outcome.origin()));
        for (ImpactSeries s : outcome.series()) {
            b.append('\n')
                    .append(text.get(
                            "cascade.chart.point",
                            names.apply(s.assetId()),
                            s.impacts().get(i)));
        }
        return b.toString();
    }

    private double x(double minute, double w) {
        double span = Math.max(1e-9, outcome.horizon() - outcome.origin());
        return LEFT + (minute - outcome.origin()) / span * (w - LEFT - RIGHT);
    }

    private static double y(double impact, double h) {
        return TOP + (1 - impact) * (h - TOP - BOTTOM);
    }
}
