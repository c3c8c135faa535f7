package org.vigil.visual.graph.render;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** {@link ScenePainter}'s surface on a JavaFX canvas; colours and fonts are made once and reused. */
final class FxSurface implements Surface {

    private final GraphicsContext g;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<Double, Font> fonts = new HashMap<>();
    private final Map<Double, Font> boldFonts = new HashMap<>();
    private final Map<LineDash, double[]> dashes = new HashMap<>();

    FxSurface(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
        for (LineDash dash : LineDash.values()) {
            dashes.put(dash, dash.solid() ? null : dash.pattern());
        }
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    @Override
    public void clear(int rgb, double width, double height) {
        g.setGlobalAlpha(1);
        // Filling the whole canvas lets JavaFX drop the commands queued before it.
        g.clearRect(0, 0, width, height);
        g.setFill(colour(rgb));
        g.fillRect(0, 0, width, height);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb, double alpha) {
        g.setGlobalAlpha(alpha);
        g.setFill(colour(rgb));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        g.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void arc(double cx, double cy, double r, double startDegrees, double extentDegrees) {
        g.arc(cx, cy, r, r, startDegrees, extentDegrees);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        g.rect(x, y, w, h);
    }

    @Override
    public void fill(int rgb, double alpha) {
        g.setGlobalAlpha(alpha);
        g.setFill(colour(rgb));
        g.fill();
    }

    @Override
    public void stroke(int rgb, double alpha, double width, LineDash dash) {
        g.setGlobalAlpha(alpha);
        g.setStroke(colour(rgb));
        g.setLineWidth(width);
        g.setLineDashes(dashes.get(dash));
        g.stroke();
    }

    @Override
    public void text(
            String text, double x, double y, double size, boolean bold, int rgb, double alpha, TextAnchor anchor) {
        g.setGlobalAlpha(alpha);
        g.setFill(colour(rgb));
        g.setFont((bold ? boldFonts : fonts)
                .computeIfAbsent(size, s -> Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, s)));
        g.setTextAlign(anchor == TextAnchor.MIDDLE ? TextAlignment.CENTER : TextAlignment.LEFT);
        g.fillText(text, x, y);
    }
}
