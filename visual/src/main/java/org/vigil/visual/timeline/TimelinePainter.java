package org.vigil.visual.timeline;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.vigil.core.model.IncidentState;
import org.vigil.core.store.EventHistoryRepository.IncidentSpan;
import org.vigil.core.store.EventHistoryRepository.LaneBin;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;
import org.vigil.visual.selection.TimeRange;
import org.vigil.visual.text.UiText;

/**
 * Draws the timeline on a canvas: the axis, the lanes with their names, counting bins or events (a mark by severity
 * at the event time, a whisker to the received time), incident bars and the brushed range. Only what is in view is
 * drawn. Every state has a shape, pattern or text besides its colour.
 */
final class TimelinePainter {

    static final double LABEL_WIDTH = 180;
    static final double AXIS_HEIGHT = 34;
    private static final double TICK_SPACING = 110;
    private static final double MARK = SeverityMarks.RADIUS;

    /** The theme's colours, read from styled nodes so the canvas follows light and dark themes. */
    record Palette(Paint text, Paint muted, Paint accent) {}

    /** What one frame shows. {@code scrollY}: how far the lanes are scrolled; {@code brushing}: a drag in progress. */
    record Frame(
            double width,
            double height,
            double scrollY,
            TimeScale scale,
            LaneLayout layout,
            TimelineSnapshot snapshot,
            TimeRange brushed,
            double[] brushing,
            Set<String> selectedAssets,
            String focusedIncident,
            Instant now) {}

    private final UiText text;
    private final TimelineViewModel model;
    private final TimeTicks ticks;
    private final Font font = Font.font("Noto Sans", 12);
    private final Font bold = Font.font("Noto Sans", FontWeight.BOLD, 12);
    private final Font small = Font.font("Noto Sans", 10.5);
    private final CanvasText fitting = new CanvasText();

    TimelinePainter(UiText text, TimelineViewModel model, TimeTicks ticks) {
        this.text = text;
        this.model = model;
        this.ticks = ticks;
    }

    void paint(GraphicsContext g, Frame f, Palette palette) {
        g.clearRect(0, 0, f.width(), f.height());
        g.setFont(font);
        double plotWidth = f.width() - LABEL_WIDTH;
        g.save();
        g.beginPath();
        g.rect(LABEL_WIDTH, AXIS_HEIGHT, plotWidth, f.height() - AXIS_HEIGHT);
        g.clip();
        g.translate(LABEL_WIDTH, AXIS_HEIGHT - f.scrollY());
        lanes(g, f, palette, plotWidth);
        grid(g, f, palette);
        if (f.snapshot() != null) {
            if (f.snapshot().history().binned()) {
                bins(g, f, palette);
            } else {
                events(g, f, palette, plotWidth);
            }
            incidents(g, f, palette, plotWidth);
        }
        brushed(g, f, palette);
        g.restore();
        labels(g, f, palette);
        axis(g, f, palette, plotWidth);
    }

    private int firstLane(Frame f) {
        return Math.max(0, (int) Math.floor(f.scrollY() / LaneLayout.LANE_HEIGHT));
    }

    private int lastLane(Frame f) {
        int visible = (int) Math.ceil((f.height() - AXIS_HEIGHT) / LaneLayout.LANE_HEIGHT) + 1;
        return Math.min(f.layout().lanes().size() - 1, firstLane(f) + visible);
    }

    private void lanes(GraphicsContext g, Frame f, Palette p, double plotWidth) {
        List<Lane> lanes = f.layout().lanes();
        for (int i = firstLane(f); i <= lastLane(f); i++) {
            double top = f.layout().top(i);
            if (i % 2 == 1) {
                g.setGlobalAlpha(0.05);
                g.setFill(p.text());
                g.fillRect(0, top, plotWidth, LaneLayout.LANE_HEIGHT);
                g.setGlobalAlpha(1);
            }
            if (selected(lanes.get(i), f)) {
                g.setGlobalAlpha(0.12);
                g.setFill(p.accent());
                g.fillRect(0, top, plotWidth, LaneLayout.LANE_HEIGHT);
                g.setGlobalAlpha(1);
            }
            boolean newLayer = i > 0 && lanes.get(i).layer() != lanes.get(i - 1).layer();
            g.setStroke(p.muted());
            g.setLineWidth(newLayer ? 1.5 : 0.5);
            g.strokeLine(0, top, plotWidth, top);
        }
    }

    private static boolean selected(Lane lane, Frame f) {
        return lane.assetIds().stream().anyMatch(f.selectedAssets()::contains);
    }

    private void grid(GraphicsContext g, Frame f, Palette p) {
        double bottom = f.layout().height();
        g.setStroke(p.muted());
        g.setLineWidth(0.5);
        g.setGlobalAlpha(0.35);
        for (TimeTicks.Tick tick : ticks.ticks(f.scale(), TICK_SPACING)) {
            g.strokeLine(tick.x(), f.scrollY(), tick.x(), bottom);
        }
        g.setGlobalAlpha(1);
        if (f.scale().shows(f.now())) {
            double x = f.scale().x(f.now());
            g.setStroke(p.accent());
            g.setLineDashes(6, 4);
            g.strokeLine(x, f.scrollY(), x, bottom);
            g.setLineDashes();
        }
    }

    private void bins(GraphicsContext g, Frame f, Palette p) {
        long most = f.snapshot().history().bins().stream()
                .mapToLong(LaneBin::count)
                .max()
                .orElse(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(small);
        for (LaneBin bin : f.snapshot().history().bins()) {
            int lane = f.layout().indexOf(bin.lane());
            double x = f.scale().x(bin.start());
            double w = Math.max(1, f.scale().x(bin.end()) - x - 1);
            if (lane < firstLane(f)
                    || lane > lastLane(f)
                    || x + w < 0
                    || x > f.scale().width()) {
                continue;
            }
            // Height grows with the log of the count, so one busy bin does not flatten all the others.
            double share = Math.log1p(bin.count()) / Math.log1p(most);
            double h = 12 + share * (LaneLayout.BAR_TOP - 14);
            double top = f.layout().top(lane) + LaneLayout.BAR_TOP - 1 - h;
            g.setFill(Color.web(SeverityShape.of(bin.highest()).colour()));
            g.fillRect(x, top, w, h);
            g.setStroke(p.text());
            g.setLineWidth(0.5);
            g.strokeRect(x, top, w, h);
            // The highest severity's glyph, with the count where it fits: severity never by colour alone.
            String glyph = SeverityShape.of(bin.highest()).glyph();
            String label = fitting.fits(g, glyph + bin.count(), w - 2) ? glyph + bin.count() : glyph;
            if (fitting.fits(g, label, w)) {
                g.setFill(Color.BLACK);
                g.fillText(label, x + w / 2, top + h / 2);
            }
        }
        g.setFont(font);
    }

    private void events(GraphicsContext g, Frame f, Palette p, double plotWidth) {
        for (LaneEvent event : f.snapshot().history().events()) {
            int lane = f.layout().indexOf(event.lane());
            if (lane < firstLane(f) || lane > lastLane(f)) {
                continue;
            }
            double x = f.scale().x(event.eventTime());
            double received = f.scale().x(event.receivedTime());
            if (Math.max(x, received) < -MARK || Math.min(x, received) > plotWidth + MARK) {
                continue;
            }
            double y = f.layout().top(lane) + LaneLayout.MARK_Y;
            // The whisker: event time to received time, ending in a short upright tick.
            g.setStroke(p.muted());
            g.setLineWidth(1);
            double end = Math.max(-10, Math.min(plotWidth + 10, received));
            g.strokeLine(x, y, end, y);
            if (end == received) {
                g.strokeLine(received, y - 4, received, y + 4);
            }
            if (AnomalyMarks.isAnomaly(event.source())) {
                AnomalyMarks.draw(g, SeverityShape.of(event.severity()), x, y, p.text());
            } else {
                SeverityMarks.draw(g, SeverityShape.of(event.severity()), x, y, p.text());
            }
        }
    }

    private void incidents(GraphicsContext g, Frame f, Palette p, double plotWidth) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(small);
        for (IncidentSpan incident : f.snapshot().incidents()) {
            double x1 = TimelineHits.barStart(f.scale(), incident);
            double x2 = TimelineHits.barEnd(f.scale(), incident);
            if (x2 < 0 || x1 > plotWidth) {
                continue;
            }
            for (int lane : f.layout().lanesOf(incident)) {
                if (lane >= firstLane(f) && lane <= lastLane(f)) {
                    bar(g, incident, f.layout().top(lane) + LaneLayout.BAR_TOP, x1, x2, plotWidth, f, p);
                }
            }
        }
        g.setFont(font);
    }

    private void bar(
            GraphicsContext g,
            IncidentSpan incident,
            double top,
            double x1,
            double x2,
            double plotWidth,
            Frame f,
            Palette p) {
        double left = Math.max(-2, x1);
        double right = Math.min(plotWidth + 2, x2);
        double h = LaneLayout.BAR_HEIGHT;
        Color colour = Color.web(SeverityShape.of(incident.severity()).colour());
        // The state as a pattern: new solid, acknowledged lighter, contained hatched, resolved hollow.
        IncidentState state = incident.state();
        if (state != IncidentState.RESOLVED) {
            g.setFill(state == IncidentState.NEW ? colour : colour.deriveColor(0, 0.6, 1.15, 1));
            g.fillRoundRect(left, top, right - left, h, 4, 4);
        }
        if (state == IncidentState.CONTAINED) {
            g.save();
            g.beginPath();
            g.rect(left, top, right - left, h);
            g.clip();
            g.setStroke(p.text());
            g.setLineWidth(1);
            g.setGlobalAlpha(0.5);
            for (double x = left - h; x < right; x += 5) {
                g.strokeLine(x, top + h, x + h, top);
            }
            g.setGlobalAlpha(1);
            g.restore();
        }
        boolean focused = incident.id().equals(f.focusedIncident());
        g.setStroke(focused ? p.accent() : p.text());
        g.setLineWidth(focused ? 2.5 : 1);
        g.setLineCap(StrokeLineCap.BUTT);
        g.strokeRoundRect(left, top, right - left, h, 4, 4);
        String label = SeverityShape.of(incident.severity()).glyph() + " " + model.title(incident) + " \u00B7 "
                + text.get("incidentState." + state.name());
        if (right - left > 40) {
            g.save();
            g.beginPath();
            g.rect(left, top, right - left, h);
            g.clip();
            g.setFill(state == IncidentState.RESOLVED ? p.text() : Color.BLACK);
            g.fillText(label, Math.max(left, 0) + 3, top + h / 2);
            g.restore();
        }
    }

    private void brushed(GraphicsContext g, Frame f, Palette p) {
        double[] range = f.brushing();
        if (range == null && f.brushed() != null) {
            range = new double[] {
                f.scale().x(f.brushed().from()), f.scale().x(f.brushed().to())
            };
        }
        if (range == null) {
            return;
        }
        double left = Math.min(range[0], range[1]);
        double right = Math.max(range[0], range[1]);
        double top = f.scrollY();
        double bottom = f.layout().height();
        g.setGlobalAlpha(0.15);
        g.setFill(p.accent());
        g.fillRect(left, top, right - left, bottom - top);
        g.setGlobalAlpha(1);
        // Dashed edges mark the range even where the shading is hard to see.
        g.setStroke(p.accent());
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(right, top, right, bottom);
        g.setLineDashes();
    }

    private void labels(GraphicsContext g, Frame f, Palette p) {
        g.save();
        g.beginPath();
        g.rect(0, AXIS_HEIGHT, LABEL_WIDTH, f.height() - AXIS_HEIGHT);
        g.clip();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        List<Lane> lanes = f.layout().lanes();
        for (int i = firstLane(f); i <= lastLane(f); i++) {
            Lane lane = lanes.get(i);
            double y = AXIS_HEIGHT - f.scrollY() + f.layout().top(i) + LaneLayout.LANE_HEIGHT / 2;
            boolean chosen = selected(lane, f);
            g.setFont(chosen ? bold : font);
            g.setFill(lane.kind() == Lane.Kind.UNMAPPED ? p.muted() : p.text());
            String prefix = chosen ? "\u25B6 " : "";
            g.fillText(fitting.fit(g, prefix + lane.label(), LABEL_WIDTH - 12), 6, y);
        }
        g.restore();
        g.setFont(font);
    }

    private void axis(GraphicsContext g, Frame f, Palette p, double plotWidth) {
        g.setStroke(p.muted());
        g.setLineWidth(1);
        g.strokeLine(LABEL_WIDTH, AXIS_HEIGHT, f.width(), AXIS_HEIGHT);
        g.setFill(p.text());
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(bold);
        // The date of the view's left edge, so ticks that show only a time keep their day.
        g.fillText(
                fitting.fit(
                        g, text.get("timeline.axis.date", Date.from(f.scale().from())), LABEL_WIDTH - 12),
                6,
                AXIS_HEIGHT - 8);
        g.setFont(font);
        g.save();
        g.beginPath();
        g.rect(LABEL_WIDTH, 0, plotWidth, AXIS_HEIGHT);
        g.clip();
        g.setTextAlign(TextAlignment.CENTER);
        for (TimeTicks.Tick tick : ticks.ticks(f.scale(), TICK_SPACING)) {
            double x = LABEL_WIDTH + tick.x();
            g.strokeLine(x, AXIS_HEIGHT - 6, x, AXIS_HEIGHT);
            g.setFont(tick.precision().compareTo(TimeTicks.Precision.DAY) >= 0 ? bold : font);
            g.fillText(text.get("timeline.tick." + tick.precision().name(), Date.from(tick.at())), x, AXIS_HEIGHT - 8);
        }
        g.restore();
        g.setFont(font);
    }
}
