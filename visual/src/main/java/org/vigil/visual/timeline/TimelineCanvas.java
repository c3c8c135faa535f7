package org.vigil.visual.timeline;

import java.time.Clock;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.vigil.visual.text.UiText;

/**
 * The drawing area: a canvas repainted whenever what it shows changes, a scroll bar for the lanes, and the pointer
 * gestures. Drag pans; Shift+drag (or any drag in brush mode) brushes a time range; the wheel zooms around the
 * pointer (Shift or Ctrl+wheel scrolls the lanes); a click on an incident bar focuses it; a click on a lane's name
 * selects its assets.
 */
final class TimelineCanvas extends Region {

    private final TimelineViewModel model;
    private final TimelineDescriptions descriptions;
    private final TimelinePainter painter;
    private final Clock clock;
    private final Canvas canvas = new Canvas();
    private final ScrollBar lanesBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final Text textProbe = new Text();
    private final Text mutedProbe = new Text();
    private final Text accentProbe = new Text();
    private boolean brushMode;
    private double pressX;
    private double lastX;
    private boolean brushing;
    private boolean dragged;
    private double[] brushPreview;
    private Optional<TimelineHit> hovered = Optional.empty();

    TimelineCanvas(TimelineViewModel model, UiText text, Clock clock) {
        this.model = model;
        this.clock = clock;
        this.descriptions = new TimelineDescriptions(text, model);
        this.painter = new TimelinePainter(text, model, new TimeTicks(clock.getZone()));
        getStyleClass().add("timeline-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        accessibleTextProperty().bind(text.bind("timeline.accessible"));
        for (Text probe : new Text[] {textProbe, mutedProbe, accentProbe}) {
            probe.setManaged(false);
            probe.setVisible(false);
        }
        textProbe.getStyleClass().add("timeline-text");
        mutedProbe.getStyleClass().add("timeline-muted");
        accentProbe.getStyleClass().add("timeline-accent");
        lanesBar.setOrientation(Orientation.VERTICAL);
        lanesBar.setUnitIncrement(LaneLayout.LANE_HEIGHT);
        getChildren().addAll(canvas, lanesBar, textProbe, mutedProbe, accentProbe);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);

        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> hideTooltip());
        canvas.setOnScroll(this::scrolled);
        lanesBar.valueProperty().addListener((obs, old, now) -> repaint());
        model.scaleProperty().addListener((obs, old, now) -> repaint());
        model.snapshotProperty().addListener((obs, old, now) -> repaint());
        model.layoutProperty().addListener((obs, old, now) -> {
            updateLanesBar();
            repaint();
        });
        model.selection().timeRangeProperty().addListener((obs, old, now) -> repaint());
        model.selection().assetIdsProperty().addListener((obs, old, now) -> repaint());
        model.selection().incidentIdProperty().addListener((obs, old, now) -> repaint());
        text.messagesProperty().addListener((obs, old, now) -> repaint());
        // Theme switches restyle the probes; their colours are the canvas's.
        textProbe.fillProperty().addListener((obs, old, now) -> repaint());
    }

    void setBrushMode(boolean on) {
        brushMode = on;
        canvas.setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    /** Scrolls the lanes by {@code pixels} (negative: up). */
    void scrollLanes(double pixels) {
        lanesBar.setValue(clamp(lanesBar.getValue() + pixels, 0, lanesBar.getMax()));
    }

    double pageHeight() {
        return Math.max(LaneLayout.LANE_HEIGHT, getHeight() - TimelinePainter.AXIS_HEIGHT);
    }

    @Override
    protected void layoutChildren() {
        double barWidth = lanesBar.prefWidth(-1);
        double width = Math.max(0, getWidth() - barWidth);
        canvas.setWidth(width);
        canvas.setHeight(getHeight());
        canvas.relocate(0, 0);
        lanesBar.resizeRelocate(
                width, TimelinePainter.AXIS_HEIGHT, barWidth, Math.max(0, getHeight() - TimelinePainter.AXIS_HEIGHT));
        model.setWidth(Math.max(1, width - TimelinePainter.LABEL_WIDTH));
        updateLanesBar();
        repaint();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    private void updateLanesBar() {
        double hidden = Math.max(0, model.layoutProperty().get().height() - pageHeight());
        lanesBar.setMax(hidden);
        lanesBar.setVisibleAmount(
                hidden == 0
                        ? 1
                        : pageHeight() * hidden / model.layoutProperty().get().height());
        lanesBar.setBlockIncrement(pageHeight());
        lanesBar.setVisible(hidden > 0);
        lanesBar.setValue(clamp(lanesBar.getValue(), 0, hidden));
    }

    void repaint() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        painter.paint(
                canvas.getGraphicsContext2D(),
                new TimelinePainter.Frame(
                        canvas.getWidth(),
                        canvas.getHeight(),
                        lanesBar.getValue(),
                        model.scaleProperty().get(),
                        model.layoutProperty().get(),
                        model.snapshotProperty().get(),
                        model.selection().timeRangeProperty().get(),
                        brushPreview,
                        model.selection().assetIdsProperty().get(),
                        model.selection().incidentIdProperty().get(),
                        clock.instant()),
                new TimelinePainter.Palette(textProbe.getFill(), mutedProbe.getFill(), accentProbe.getFill()));
    }

    // --- pointer -------------------------------------------------------------------------------

    private double plotX(MouseEvent e) {
        return e.getX() - TimelinePainter.LABEL_WIDTH;
    }

    private double laneY(double y) {
        return y - TimelinePainter.AXIS_HEIGHT + lanesBar.getValue();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        hideTooltip();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = plotX(e);
        lastX = pressX;
        dragged = false;
        brushing = brushMode || e.isShiftDown();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        double x = plotX(e);
        dragged |= Math.abs(x - pressX) > 2;
        if (brushing) {
            brushPreview = new double[] {pressX, x};
            repaint();
        } else if (pressX >= 0) {
            model.pan(x - lastX);
        }
        lastX = x;
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double x = plotX(e);
        if (brushing && dragged) {
            brushPreview = null;
            model.brush(pressX, x);
        } else if (!dragged && e.getX() < TimelinePainter.LABEL_WIDTH && e.getY() > TimelinePainter.AXIS_HEIGHT) {
            model.selectLane(model.layoutProperty().get().indexAt(laneY(e.getY())));
        } else if (!dragged) {
            model.click(x, laneY(e.getY()));
        }
        brushPreview = null;
        brushing = false;
        repaint();
    }

    private void moved(MouseEvent e) {
        double x = plotX(e);
        Optional<TimelineHit> hit =
                x < 0 || e.getY() < TimelinePainter.AXIS_HEIGHT ? Optional.empty() : model.hitAt(x, laneY(e.getY()));
        if (hit.equals(hovered)) {
            return;
        }
        hovered = hit;
        if (hit.isEmpty()) {
            hideTooltip();
            return;
        }
        tooltip.setText(descriptions.describe(hit.get()));
        tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        canvas.setCursor(
                hit.get() instanceof TimelineHit.Incident
                        ? Cursor.HAND
                        : brushMode ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    private void hideTooltip() {
        hovered = Optional.empty();
        tooltip.hide();
    }

    private void scrolled(ScrollEvent e) {
        hideTooltip();
        if (e.isShiftDown() || e.isControlDown()) {
            // Shift turns the wheel sideways on some systems: take whichever axis moved.
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            scrollLanes(-delta);
        } else if (e.getDeltaY() != 0) {
            model.zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, Math.max(0, e.getX() - TimelinePainter.LABEL_WIDTH));
        }
        e.consume();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
