package org.vigil.game.tabletop;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Align;
import java.util.List;
import org.vigil.game.gdx.Palette;

/**
 * Draws the impact chart with a ShapeRenderer: one line per service, dashed for the base run (nobody
 * acts) and solid for the player's run, each service with its own colour and its own marker shape
 * on the solid line and in the legend, so lines are told apart without colour; a "now" line at the
 * exercise clock. Loop thread only; needs GL.
 */
final class ImpactChart {

    /** Colour and marker per service, in the content's service order. */
    private static final Palette[] COLOURS = {Palette.BLUE, Palette.ORANGE, Palette.GREEN, Palette.PURPLE, Palette.INK};

    private final GlyphLayout layout = new GlyphLayout();

    /** Draws into the area; texts: title, legend lines, axis label, "now", service names in order. */
    void draw(
            ImpactCurves curves,
            Rectangle area,
            ShapeRenderer shapes,
            SpriteBatch batch,
            BitmapFont bold,
            BitmapFont small,
            ChartTexts texts) {
        float line = small.getLineHeight();
        float legendHeight = line * (curves.services().size() + 2) + line * 0.5f;
        Rectangle plot = new Rectangle(
                area.x + line * 2.2f,
                area.y + bold.getLineHeight() * 1.5f,
                area.width - line * 3f,
                area.height - bold.getLineHeight() * 1.5f - legendHeight - line * 1.6f);

        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        shapes.setColor(Palette.CLOUD.color());
        for (int i = 0; i <= 4; i++) {
            float y = plot.y + plot.height * i / 4f;
            shapes.rectLine(plot.x, y, plot.x + plot.width, y, 1);
        }
        shapes.setColor(Palette.SLATE.color());
        shapes.rectLine(plot.x, plot.y, plot.x, plot.y + plot.height, 2);
        shapes.rectLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height, 2);
        float nowX = plot.x
                + plot.width
                        * (float) curves.position(
                                Math.max(curves.now(), curves.minutes().get(0)));
        shapes.setColor(Palette.MIST.color());
        dashed(shapes, nowX, plot.y, nowX, plot.y + plot.height, line * 0.25f, 2);
        for (int s = 0; s < curves.services().size(); s++) {
            shapes.setColor(COLOURS[s % COLOURS.length].color());
            float[] base = points(curves, curves.base()[s], plot);
            float[] yours = points(curves, curves.yours()[s], plot);
            float offset = (s - 2) * 2.5f; // identical curves stay visible side by side
            for (int i = 0; i + 3 < base.length; i += 2) {
                dashed(shapes, base[i], base[i + 1] - offset, base[i + 2], base[i + 3] - offset, line * 0.35f, 2);
                shapes.rectLine(yours[i], yours[i + 1] + offset, yours[i + 2], yours[i + 3] + offset, 3);
            }
            for (int i = 0; i + 1 < yours.length; i += 2) {
                marker(shapes, s, yours[i], yours[i + 1] + offset, line * 0.22f);
            }
        }
        float legendY = plot.y + plot.height + line * 1.6f;
        for (int s = 0; s < curves.services().size(); s++) {
            shapes.setColor(COLOURS[s % COLOURS.length].color());
            float y = legendY + line * (s + 2) + line * 0.5f;
            shapes.rectLine(area.x + line * 0.4f, y, area.x + line * 1.6f, y, 3);
            marker(shapes, s, area.x + line, y, line * 0.25f);
        }
        shapes.setColor(Palette.INK.color());
        dashed(
                shapes,
                area.x + line * 0.4f,
                legendY + line * 0.5f,
                area.x + line * 1.6f,
                legendY + line * 0.5f,
                line * 0.3f,
                2);
        shapes.rectLine(area.x + line * 0.4f, legendY + line * 1.5f, area.x + line * 1.6f, legendY + line * 1.5f, 3);
        shapes.end();

        batch.begin();
        bold.setColor(Palette.INK.color());
        bold.draw(
                batch, texts.title(), area.x + line * 0.4f, area.y + line * 0.2f, area.width - line, Align.left, false);
        small.setColor(Palette.SLATE.color());
        small.draw(batch, "1", area.x, plot.y - line * 0.5f, line * 1.8f, Align.right, false);
        small.draw(batch, "0.5", area.x, plot.y + plot.height / 2 - line * 0.5f, line * 1.8f, Align.right, false);
        small.draw(batch, "0", area.x, plot.y + plot.height - line * 0.5f, line * 1.8f, Align.right, false);
        small.draw(batch, texts.impact(), plot.x + line * 0.3f, plot.y, plot.width, Align.left, false);
        small.draw(
                batch,
                texts.now(),
                nowX + line * 0.2f,
                plot.y + plot.height - line * 1.4f,
                line * 4,
                Align.left,
                false);
        List<Double> minutes = curves.minutes();
        int step = minutes.size() > 6 ? 2 : 1;
        for (int h = 0; h < minutes.size(); h += step) {
            float x = plot.x + plot.width * (float) curves.position(minutes.get(h));
            small.draw(
                    batch,
                    TabletopNarrator.clock(minutes.get(h)),
                    x - line * 2,
                    plot.y + plot.height + line * 0.2f,
                    line * 4,
                    Align.center,
                    false);
        }
        small.setColor(Palette.INK.color());
        small.draw(batch, texts.base(), area.x + line * 2, legendY, area.width - line * 2.4f, Align.left, false);
        small.draw(
                batch, texts.yours(), area.x + line * 2, legendY + line, area.width - line * 2.4f, Align.left, false);
        for (int s = 0; s < curves.services().size(); s++) {
            layout.setText(small, texts.services().get(s));
            small.draw(
                    batch,
                    texts.services().get(s),
                    area.x + line * 2,
                    legendY + line * (s + 2),
                    area.width - line * 2.4f,
                    Align.left,
                    false);
        }
        batch.end();
    }

    /** The words the chart shows, in the player's language. */
    record ChartTexts(String title, String base, String yours, String impact, String now, List<String> services) {}

    private static float[] points(ImpactCurves curves, double[] values, Rectangle plot) {
        float[] xy = new float[values.length * 2];
        for (int h = 0; h < values.length; h++) {
            xy[2 * h] = plot.x
                    + plot.width * (float) curves.position(curves.minutes().get(h));
            xy[2 * h + 1] = plot.y + plot.height * (1 - (float) values[h]); // y down: impact 1 at the top
        }
        return xy;
    }

    private static void dashed(ShapeRenderer shapes, float x1, float y1, float x2, float y2, float dash, float width) {
        float length = (float) Math.hypot(x2 - x1, y2 - y1);
        if (length == 0) {
            return;
        }
        for (float at = 0; at < length; at += dash * 2) {
            float end = Math.min(at + dash, length);
            shapes.rectLine(
                    x1 + (x2 - x1) * at / length,
                    y1 + (y2 - y1) * at / length,
                    x1 + (x2 - x1) * end / length,
                    y1 + (y2 - y1) * end / length,
                    width);
        }
    }

    /** A marker shape per service: circle, square, triangle, diamond, cross. */
    private static void marker(ShapeRenderer shapes, int service, float x, float y, float r) {
        switch (service % 5) {
            case 0 -> shapes.circle(x, y, r, 12);
            case 1 -> shapes.rect(x - r, y - r, 2 * r, 2 * r);
            case 2 -> shapes.triangle(x, y - r * 1.2f, x - r * 1.1f, y + r, x + r * 1.1f, y + r);
            case 3 -> {
                shapes.triangle(x, y - r * 1.3f, x - r, y, x + r, y);
                shapes.triangle(x, y + r * 1.3f, x - r, y, x + r, y);
            }
            default -> {
                shapes.rectLine(x - r, y - r, x + r, y + r, r * 0.6f);
                shapes.rectLine(x - r, y + r, x + r, y - r, r * 0.6f);
            }
        }
    }
}
