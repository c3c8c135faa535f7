package org.vigil.game.gdx;

import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where an item's parts were drawn, one box each, scrolled so that the focused part stays in view (a new
 * item starts at its top), remembered for clicks; and the marks every item view puts on them, never by
 * colour alone: a thick outline for the focused part, a bar and a "!" for a flagged one, and after the
 * verdict a tick (found) or a "!" and a dashed outline (missed). y-down.
 */
public final class PartBoxes {

    private final List<Rectangle> drawn = new ArrayList<>();
    private float scroll;
    private int scrolledFor = -1;

    /**
     * Places the parts' boxes, laid out from y 0, in the area.
     *
     * @param item which item they belong to, so that a new one starts scrolled to its top
     */
    public void place(List<Rectangle> boxes, Rectangle area, int item, int focused) {
        if (item != scrolledFor) {
            scroll = 0;
            scrolledFor = item;
        }
        if (focused < boxes.size()) {
            Rectangle focus = boxes.get(focused);
            if (focus.y < scroll) {
                scroll = focus.y;
            } else if (focus.y + focus.height > scroll + area.height) {
                scroll = focus.y + focus.height - area.height;
            }
        }
        drawn.clear();
        boxes.forEach(box -> drawn.add(new Rectangle(box.x, area.y + box.y - scroll, box.width, box.height)));
    }

    /** The part drawn at a point, or -1. */
    public int partAt(float x, float y) {
        for (int i = 0; i < drawn.size(); i++) {
            if (drawn.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    public Rectangle box(int part) {
        return drawn.get(part);
    }

    public int size() {
        return drawn.size();
    }

    /** A flagged part's bar on its left and "!" on its right, with filled shapes begun. */
    public void markFlagged(ShapeRenderer shapes, int part, float barWidth, TextFonts fonts) {
        Rectangle box = drawn.get(part);
        shapes.setColor(Palette.VERMILION.color());
        shapes.rect(box.x, box.y, barWidth, box.height);
        Marks.alert(shapes, markX(box, fonts), box.y + fonts.unit() * 1.1f, fonts.unit() * 0.7f);
    }

    /** After the verdict, a part's tick if it held a sign found, else its "!" if it held one missed; filled shapes begun. */
    public void markVerdict(ShapeRenderer shapes, int part, boolean holdsFound, boolean holdsMissed, TextFonts fonts) {
        Rectangle box = drawn.get(part);
        float y = box.y + fonts.unit() * 1.1f;
        if (holdsFound) {
            Marks.tick(shapes, markX(box, fonts), y, fonts.unit() * 0.7f);
        } else if (holdsMissed) {
            Marks.alert(shapes, markX(box, fonts), y, fonts.unit() * 0.7f);
        }
    }

    /** Dashes around the parts that held a sign missed; filled shapes begun. */
    public void dashMissed(ShapeRenderer shapes, Collection<Integer> parts, TextFonts fonts) {
        shapes.setColor(Palette.VERMILION.color());
        parts.stream()
                .filter(part -> part < drawn.size())
                .forEach(part -> Marks.dashedOutline(shapes, drawn.get(part), fonts.unit() * 0.5f, 2f));
    }

    /** The focused part's thick outline, with no shapes begun. */
    public void outlineFocus(ShapeRenderer shapes, int focused) {
        if (focused >= drawn.size()) {
            return;
        }
        Rectangle focus = drawn.get(focused);
        shapes.begin(ShapeRenderer.ShapeType.Line);
        shapes.setColor(Palette.BLUE.color());
        for (int w = 0; w < 3; w++) {
            shapes.rect(focus.x + w, focus.y + w, focus.width - 2 * w, focus.height - 2 * w);
        }
        shapes.end();
    }

    private static float markX(Rectangle box, TextFonts fonts) {
        return box.x + box.width - fonts.unit() * 1.2f;
    }
}
