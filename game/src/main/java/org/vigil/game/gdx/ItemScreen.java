package org.vigil.game.gdx;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.math.Rectangle;
import java.util.List;
import org.vigil.game.gdx.GameCanvas.Button;
import org.vigil.game.gdx.GameCanvas.Mark;

/**
 * Where things go on the screen of a module that shows an item in parts and asks for a verdict: the top
 * bar, the item on the left with the buttons under it, the side panel on the right (what to do, or the
 * feedback on the last verdict).
 */
public record ItemScreen(float top, Rectangle item, Rectangle buttons, Rectangle side) {

    /** The areas for the canvas's size now. */
    public static ItemScreen of(GameCanvas canvas) {
        float u = canvas.unit();
        float width = canvas.width();
        float height = canvas.height();
        float top = u * 2.6f;
        float bottom = u * 3.2f;
        float split = width * 0.6f;
        return new ItemScreen(
                top,
                new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - bottom - u * 1.2f),
                new Rectangle(u, height - bottom, split - 1.5f * u, bottom - u * 0.6f),
                new Rectangle(split + 0.5f * u, top + u * 0.6f, width - split - 1.5f * u, height - top - u * 1.6f));
    }

    /**
     * The buttons while the item is open: the verdict that warns (with a "!"), the one that accepts
     * (with a tick), and Space to flag a part.
     */
    public static List<Button> verdicts(int warnKey, String warn, int acceptKey, String accept, String flag) {
        return List.of(
                new Button(warnKey, warn, Palette.ORANGE, Palette.INK, Mark.ALERT),
                new Button(acceptKey, accept, Palette.GREEN, Palette.PAPER, Mark.TICK),
                new Button(Keys.SPACE, flag, Palette.CLOUD, Palette.INK));
    }

    /** The button once the verdict is given: N for the next item. */
    public static List<Button> next(String next) {
        return List.of(new Button(Keys.N, next, Palette.BLUE, Palette.PAPER));
    }

    /** Draws the buttons under the item, three places wide. */
    public void drawButtons(GameCanvas canvas, List<Button> row) {
        canvas.buttonRow(buttons, row, 3);
    }

    /** Draws the side panel: the feedback with its mark, or what to do while there is none. */
    public void drawSide(GameCanvas canvas, boolean judged, List<String> lines, Mark mark) {
        if (!judged) {
            canvas.resetScroll();
        }
        canvas.textPanel(side, lines, mark);
    }
}
