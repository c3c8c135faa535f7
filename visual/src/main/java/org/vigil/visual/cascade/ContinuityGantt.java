package org.vigil.visual.cascade;

import java.util.List;
import java.util.function.Function;
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
 * Continuity as a Gantt chart: a row per service, earliest breach first; a bar from onset to
 * recovery (an open arrow end when it lasts past the horizon); the RTO deadline as a triangle and
 * the MTPD as a diamond, each labelled; the time past the first breach hatched. Hovering a row
 * says it in words.
 */
final class ContinuityGantt extends Region {

    static final double ROW = 30;
    private static final double LABEL = 210;
    private static final double RIGHT = 40;
    private static final double AXIS = 26;

    private final Canvas canvas = new Canvas();
    private final UiText text;
    private final CascadeTimes times;
    private final Tooltip tip = new Tooltip();
    private CascadeOutcome outcome;
    private Function<String, String> names = id -> id;

    ContinuityGantt(UiText text) {
        this.text = text;
        this.times = new CascadeTimes(text);
        getChildren().add(canvas);
        setMinWidth(480);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        setOnMouseMoved(e -> tip.setText(rowAt(e.getY())));
        text.messagesProperty().addListener((obs, old, now) -> draw());
    }

    void show(CascadeOutcome shown, Function<String, String> assetNames) {
        this.outcome = shown;
        this.names = assetNames;
        int rows = shown == null ? 0 : shown.continuity().size();
        setPrefHeight(AXIS + Math.max(1, rows) * ROW + 8);
        setMinHeight(getPrefHeight());
        requestLayout();
        draw();
    }

    /** One row in words, for the tooltip and the list beside the chart. */
    static String describe(ContinuityRow row, CascadeOutcome outcome, UiText text, Function<String, String> names) {
        CascadeTimes times = new CascadeTimes(text);
        double origin = outcome.origin();
        String end = row.endMinute().isPresent()
                ? times.after(row.endMinute().getAsDouble(), origin)
                : text.get("cascade.continuity.ongoing");
        String breach = row.mtpdBreach().isPresent()
                ? text.get(
                        "cascade.continuity.breachBoth",
                        times.after(row.rtoBreach().orElse(row.mtpdBreach().getAsDouble()), origin),
                        times.after(row.mtpdBreach().getAsDouble(), origin))
                : row.rtoBreach().isPresent()
                        ? text.get(
                                "cascade.continuity.breachRto",
                                times.after(row.rtoBreach().getAsDouble(), origin))
                        : text.get("cascade.continuity.breachNone");
        return text.get(
                "cascade.continuity.row",
                names.apply(row.assetId()),
                times.after(row.onsetMinute(), origin),
                end,
                breach);
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
        if (outcome == null || w < LABEL + RIGHT + 20) {
            return;
        }
        g.setFont(Font.font(11));
        axis(g, w, h);
        List<ContinuityRow> rows = outcome.continuity();
        for (int i = 0; i < rows.size(); i++) {
            row(g, rows.get(i), AXIS + i * ROW, w);
        }
    }

    private void axis(GraphicsContext g, double w, double h) {
        double span = outcome.horizon() - outcome.origin();
        double step = span <= 240 ? 30 : span <= 1440 ? 180 : 720;
        g.setStroke(Color.gray(0.85));
        g.setLineWidth(1);
        g.setFill(Color.gray(0.15));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double m = 0; m <= span + 1e-9; m += step) {
            double x = x(outcome.origin() + m, w);
            g.strokeLine(x, AXIS - 4, x, h);
            g.fillText(times.tick(m), x, 4);
        }
    }

    private void row(GraphicsContext g, ContinuityRow row, double top, double w) {
        double mid = top + ROW / 2;
        g.setFill(Color.gray(0.1));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(names.apply(row.assetId()), 6, mid, LABEL - 12);
        double start = x(Math.max(row.onsetMinute(), outcome.origin()), w);
        double endMinute = row.endMinute().orElse(Double.POSITIVE_INFINITY);
        boolean open = endMinute > outcome.horizon();
        double end = x(Math.min(endMinute, outcome.horizon()), w);
        double barTop = top + 7;
        double barHeight = ROW - 14;
        if (row.onsetMinute() > outcome.horizon()) {
            return;
        }
        g.setFill(Color.web("#56B4E9"));
        g.fillRect(start, barTop, Math.max(2, end - start), barHeight);
        if (row.firstBreach().isPresent() && row.firstBreach().getAsDouble() < Math.min(endMinute, outcome.horizon())) {
            hatch(g, x(row.firstBreach().getAsDouble(), w), end, barTop, barHeight, false);
        }
        if (row.mtpdBreach().isPresent() && row.mtpdBreach().getAsDouble() < Math.min(endMinute, outcome.horizon())) {
            hatch(g, x(row.mtpdBreach().getAsDouble(), w), end, barTop, barHeight, true);
        }
        g.setStroke(Color.gray(0.1));
        g.setLineWidth(1);
        g.strokeRect(start, barTop, Math.max(2, end - start), barHeight);
        if (open) {
            // An arrow head: the disruption outlasts the horizon.
            g.setFill(Color.gray(0.1));
            g.fillPolygon(new double[] {end, end + 8, end}, new double[] {barTop - 2, mid, barTop + barHeight + 2}, 3);
        }
        marker(g, row.rtoDeadline(), true, top, w);
        marker(g, row.mtpdDeadline(), false, top, w);
    }

    /**
     * Diagonal lines over the breached part, so it reads without colour; crossed past the MTPD,
     * when the disruption is no longer bearable.
     */
    private static void hatch(GraphicsContext g, double from, double to, double top, double height, boolean crossed) {
        g.save();
        g.beginPath();
        g.rect(from, top, to - from, height);
        g.clip();
        g.setFill(crossed ? Color.web("#8F3E00") : Color.web("#D55E00"));
        g.fillRect(from, top, to - from, height);
        g.setStroke(Color.gray(0.05));
        g.setLineWidth(1.2);
        for (double x = from - height; x < to; x += 6) {
            g.strokeLine(x, top + height, x + height, top);
            if (crossed) {
                g.strokeLine(x, top, x + height, top + height);
            }
        }
        g.restore();
    }

    private void marker(GraphicsContext g, double minute, boolean rto, double top, double w) {
        if (minute > outcome.horizon()) {
            return;
        }
        double x = x(minute, w);
        g.setFill(Color.gray(0.05));
        if (rto) {
            g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {top + 1, top + 1, top + 8}, 3);
        } else {
            g.fillPolygon(
                    new double[] {x - 5, x, x + 5, x},
                    new double[] {top + ROW - 5, top + ROW - 10, top + ROW - 5, top + ROW},
                    4);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(9));
        g.fillText(text.get(rto ? "cascade.chart.rto" : "cascade.chart.mtpd"), x + 6, rto ? top + 4 : top + ROW - 5);
        g.setFont(Font.font(11));
    }

    private String rowAt(double y) {
        if (outcome == null) {
            return "";
        }
        int i = (int) Math.floor((y - AXIS) / ROW);
        if (i < 0 || i >= outcome.continuity().size()) {
            return text.get("cascade.continuity.legend");
        }
        return describe(outcome.continuity().get(i), outcome, text, names);
    }

    private double x(double minute, double w) {
        double span = Math.max(1e-9, outcome.horizon() - outcome.origin());
        return LABEL + (minute - outcome.origin()) / span * (w - LABEL - RIGHT);
    }
}
