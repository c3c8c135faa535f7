package org.vigil.visual.anomaly;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.vigil.visual.text.UiText;

/**
 * The stream chart on a canvas. The pointer focuses the nearest point and a tooltip shows its values;
 * with the keyboard focus, Left and Right move between points, Home and End go to the first and last,
 * Page Up and Page Down jump to the previous and next point that fires.
 */
final class StreamChartCanvas extends Region {

    private final AnomalyStreamsViewModel model;
    private final StreamChartPainter painter;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final Text textProbe = new Text();
    private final Text mutedProbe = new Text();
    private final Text accentProbe = new Text();

    StreamChartCanvas(AnomalyStreamsViewModel model, UiText text) {
        this.model = model;
        this.painter = new StreamChartPainter(text, model.texts());
        getStyleClass().add("anomaly-chart");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        accessibleTextProperty()
                .bind(text.bind(
                        () -> text.get("anomaly.chart.accessible") + " " + model.focusedText(),
                        model.focusedProperty(),
                        model.chartProperty()));
        for (Text probe : new Text[] {textProbe, mutedProbe, accentProbe}) {
            probe.setManaged(false);
            probe.setVisible(false);
        }
        textProbe.getStyleClass().add("anomaly-text");
        mutedProbe.getStyleClass().add("anomaly-muted");
        accentProbe.getStyleClass().add("anomaly-accent");
        getChildren().addAll(canvas, textProbe, mutedProbe, accentProbe);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.setShowDelay(Duration.millis(150));

        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMousePressed(e -> requestFocus());
        canvas.setOnMouseExited(e -> tooltip.hide());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.chartProperty().addListener((obs, old, now) -> repaint());
        model.focusedProperty().addListener((obs, old, now) -> repaint());
        text.messagesProperty().addListener((obs, old, now) -> repaint());
        textProbe.fillProperty().addListener((obs, old, now) -> repaint());
    }

    private void moved(MouseEvent e) {
        StreamChart chart = model.chartProperty().get();
        if (chart == null || chart.points().isEmpty()) {
            return;
        }
        int nearest = StreamChartPainter.scale(chart, canvas.getWidth(), canvas.getHeight())
                .nearest(e.getX());
        model.focus(nearest);
        tooltip.setText(model.focusedText());
        if (!tooltip.isShowing()) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        } else {
            tooltip.setAnchorX(e.getScreenX() + 14);
            tooltip.setAnchorY(e.getScreenY() + 14);
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> model.moveFocus(-1);
            case RIGHT -> model.moveFocus(1);
            case HOME -> model.focus(0);
            case END -> model.focus(Integer.MAX_VALUE);
            case PAGE_UP -> model.focusFiring(-1);
            case PAGE_DOWN -> model.focusFiring(1);
            default -> {
                return;
            }
        }
        tooltip.hide();
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        canvas.relocate(0, 0);
        repaint();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 720;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }

    private void repaint() {
        painter.paint(
                canvas.getGraphicsContext2D(),
                model.chartProperty().get(),
                model.focusedProperty().get(),
                canvas.getWidth(),
                canvas.getHeight(),
                new StreamChartPainter.Palette(textProbe.getFill(), mutedProbe.getFill(), accentProbe.getFill()));
    }
}
