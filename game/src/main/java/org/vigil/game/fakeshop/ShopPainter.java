package org.vigil.game.fakeshop;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.math.Rectangle;
import java.util.List;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.GameCanvas;
import org.vigil.game.gdx.GameCanvas.Mark;
import org.vigil.game.gdx.ItemScreen;

/**
 * Draws a round at any size: the top bar (module, position and kind of item, score), the page, the
 * side panel (what to do, or the feedback on the last verdict) and the buttons, each with its key.
 * Loop thread only; needs GL.
 */
final class ShopPainter implements CanvasGame.Painter {

    private final ShopNarrator narrator;
    private final GameCanvas canvas;
    private final PageView page;

    ShopPainter(ShopNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.canvas = new GameCanvas(texts, textScale);
        this.page = new PageView(narrator);
    }

    @Override
    public GameCanvas canvas() {
        return canvas;
    }

    @Override
    public int itemAt(int x, int y) {
        return page.partAt(x, y);
    }

    void draw(ShopRound round) {
        canvas.begin();
        if (round.phase() == ShopRound.Phase.FINISHED) {
            canvas.endScreen(narrator.end(round));
            return;
        }
        ItemScreen screen = ItemScreen.of(canvas);
        canvas.topBar(
                screen.top(),
                narrator.text("game.fakeshop.title") + "  ·  " + narrator.position(round) + "  ·  "
                        + narrator.kindName(round.current().kind()),
                narrator.score(round));
        Rectangle pageArea = screen.item();
        canvas.clip(pageArea, () -> page.draw(round, pageArea, canvas, canvas.shapes(), canvas.batch()));
        screen.drawButtons(
                canvas,
                round.phase() == ShopRound.Phase.INSPECTING
                        ? ItemScreen.verdicts(
                                Keys.D,
                                narrator.text("game.fakeshop.button.dontTrust"),
                                Keys.T,
                                narrator.text("game.fakeshop.button.trust"),
                                narrator.text("game.fakeshop.button.flag"))
                        : ItemScreen.next(narrator.text("game.fakeshop.button.next")));
        screen.drawSide(
                canvas,
                round.phase() == ShopRound.Phase.FEEDBACK,
                round.feedback()
                        .map(narrator::feedback)
                        .orElseGet(() ->
                                List.of(narrator.text("game.fakeshop.intro"), narrator.text("game.fakeshop.help"))),
                round.feedback().map(f -> f.correct() ? Mark.TICK : Mark.CROSS).orElse(Mark.NONE));
    }
}
