package org.vigil.visual.graph.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** {@link ScenePainter}'s surface on a Java2D image, for the PNG export (works headless). */
final class Java2dSurface implements Surface {

    private final Graphics2D g;
    private Path2D.Double path = new Path2D.Double();

    Java2dSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private void paint(int rgb, double alpha) {
        g.setComposite(AlphaComposite.SrcOver.derive((float) Math.max(0, Math.min(1, alpha))));
        g.setColor(new Color(rgb));
    }

    @Override
    public void clear(int rgb, double width, double height) {
        paint(rgb, 1);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb, double alpha) {
        paint(rgb, alpha);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void arc(double cx, double cy, double r, double startDegrees, double extentDegrees) {
        path.append(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, startDegrees, extentDegrees, Arc2D.OPEN), true);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fill(int rgb, double alpha) {
        paint(rgb, alpha);
        g.fill(path);
    }

    @Override
    public void stroke(int rgb, double alpha, double width, LineDash dash) {
        paint(rgb, alpha);
        float[] pattern = null;
        if (!dash.solid()) {
            double[] p = dash.pattern();
            pattern = new float[p.length];
            for (int k = 0; k < p.length; k++) {
                pattern[k] = (float) p[k];
            }
        }
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0));
        g.draw(path);
    }

    @Override
    public void text(
            String text, double x, double y, double size, boolean bold, int rgb, double alpha, TextAnchor anchor) {
        paint(rgb, alpha);
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        double dx = anchor == TextAnchor.MIDDLE ? g.getFontMetrics().stringWidth(text) / 2.0 : 0;
        g.drawString(text, (float) (x - dx), (float) y);
    }
}
