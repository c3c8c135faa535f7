package org.vigil.game.fakeshop;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.math.Rectangle;
import java.util.List;
import org.vigil.game.gdx.GameCanvas;
import org.vigil.game.gdx.GameCanvas.Button;
import org.vigil.game.gdx.GameCanvas.Mark;
import org.vigil.game.gdx.Palette;

/**
 * Draws a round at any size: the top bar (module, position and kind of item, score), the page, the
 * side panel (what to do, or the feedback on the last verdict) and the buttons, each with its key.
 * Loop thread only; needs GL.
 */
final class ShopPainter {

    private final ShopNarrator narrator;
    private final GameCanvas canvas;
    private final PageView page;

    ShopPainter(ShopNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.canvas = new GameCanvas(texts, textScale);
        this.page = new PageView(narrator);
    }

    void resize(int width, int height) {
        canvas.resize(width, height);
    }

    void scale(float textScale) {
        canvas.scale(textScale);
    }

    void scrollFeedback(int lines) {
        canvas.scrollText(lines);
    }

    int partAt(int x, int y) {
        return page.partAt(x, y);
    }

    int buttonAt(int x, int y) {
        return canvas.buttonAt(x, y);
    }

    void draw(ShopRound round) {
        canvas.begin();
        if (round.phase() == ShopRound.Phase.FINISHED) {
            canvas.endScreen(narrator.end(round));
            return;
        }
        float u = canvas.unit();
        float width = canvas.width();
        float height = canvas.height();
        float top = u * 2.6f;
        canvas.topBar(
                top,
                narrator.text("game.fakeshop.title") + "  ·  " + narrator.position(round) + "  ·  "
                        + narrator.kindName(round.current().kind()),
                narrator.score(round));
        float bottom = u * 3.2f;
        float split = width * 0.6f;
        Rectangle pageArea = new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - bottom - u * 1.2f);
        canvas.clip(pageArea, () -> page.draw(round, pageArea, canvas, canvas.shapes(), canvas.batch()));
        drawButtons(round, new Rectangle(u, height - bottom, split - 1.5f * u, bottom - u * 0.6f));
        if (round.phase() != ShopRound.Phase.FEEDBACK) {
            canvas.resetScroll();
        }
        canvas.textPanel(
                new Rectangle(split + 0.5f * u, top + u * 0.6f, width - split - 1.5f * u, height - top - u * 1.6f),
                round.feedback()
                        .map(narrator::feedback)
                        .orElseGet(() ->
                                List.of(narrator.text("game.fakeshop.intro"), narrator.text("game.fakeshop.help"))),
                round.feedback().map(f -> f.correct() ? Mark.TICK : Mark.CROSS).orElse(Mark.NONE));
    }

    private void drawButtons(ShopRound round, Rectangle area) {
        canvas.clearButtons();
        List<Button> row = round.phase() == ShopRound.Phase.INSPECTING
                ? List.of(
                        new Button(
                                Keys.D,
                                narrator.text("game.fakeshop.button.dontTrust"),
                                Palette.ORANGE,
                                Palette.INK,
                                Mark.ALERT),
                        new Button(
                                Keys.T,
                                narrator.text("game.fakeshop.button.trust"),
                                Palette.GREEN,
                                Palette.PAPER,
                                Mark.TICK),
                        new Button(Keys.SPACE, narrator.text("game.fakeshop.button.flag"), Palette.CLOUD, Palette.INK))
                : List.of(new Button(Keys.N, narrator.text("game.fakeshop.button.next"), Palette.BLUE, Palette.PAPER));
        canvas.buttonRow(area, row, 3);
    }

    void dispose() {
        canvas.dispose();
    }
}
