package org.vigil.game.gdx;

import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;

/**
 * The shapes that carry meaning together with colour in every game, as in Vigil's illustrations: a
 * vermilion disc with a white "!" for a red flag, a green disc with a white tick for what is right, an orange disc with
 * a cross for a wrong verdict, dashes around what was missed. Drawn with a filled {@link
 * ShapeRenderer} already begun; y-down.
 */
public final class Marks {

    private Marks() {}

    public static void alert(ShapeRenderer shapes, float cx, float cy, float r) {
        disc(shapes, cx, cy, r, Palette.VERMILION);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(cx - r * 0.14f, cy - r * 0.6f, r * 0.28f, r * 0.75f);
        shapes.circle(cx, cy + r * 0.5f, r * 0.16f, 12);
    }

    public static void tick(ShapeRenderer shapes, float cx, float cy, float r) {
        disc(shapes, cx, cy, r, Palette.GREEN);
        shapes.setColor(Palette.PAPER.color());
        float w = Math.max(2, r * 0.22f);
        shapes.rectLine(cx - r * 0.5f, cy, cx - r * 0.12f, cy + r * 0.4f, w);
        shapes.rectLine(cx - r * 0.12f, cy + r * 0.4f, cx + r * 0.55f, cy - r * 0.45f, w);
    }

    public static void cross(ShapeRenderer shapes, float cx, float cy, float r) {
        disc(shapes, cx, cy, r, Palette.ORANGE);
        shapes.setColor(Palette.INK.color());
        float w = Math.max(2, r * 0.22f);
        shapes.rectLine(cx - r * 0.45f, cy - r * 0.45f, cx + r * 0.45f, cy + r * 0.45f, w);
        shapes.rectLine(cx - r * 0.45f, cy + r * 0.45f, cx + r * 0.45f, cy - r * 0.45f, w);
    }

    public static void dashedOutline(ShapeRenderer shapes, Rectangle box, float dash, float width) {
        for (float x = box.x; x < box.x + box.width; x += dash * 2) {
            float end = Math.min(x + dash, box.x + box.width);
            shapes.rect(x, box.y, end - x, width);
            shapes.rect(x, box.y + box.height - width, end - x, width);
        }
        for (float y = box.y; y < box.y + box.height; y += dash * 2) {
            float end = Math.min(y + dash, box.y + box.height);
            shapes.rect(box.x, y, width, end - y);
            shapes.rect(box.x + box.width - width, y, width, end - y);
        }
    }

    private static void disc(ShapeRenderer shapes, float cx, float cy, float r, Palette fill) {
        shapes.setColor(Palette.INK.color());
        shapes.circle(cx, cy, r + 2, 24);
        shapes.setColor(fill.color());
        shapes.circle(cx, cy, r, 24);
    }
}
