package org.vigil.game.inbox;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import java.util.List;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.GameCanvas;
import org.vigil.game.gdx.GameCanvas.Mark;
import org.vigil.game.gdx.ItemScreen;
import org.vigil.game.gdx.Palette;

/**
 * Draws a round at any size: the top bar (module, position, timer as a bar and as words, score), the
 * email card, the side panel (what to do, or the feedback on the last verdict) and the buttons, each
 * with its key. Loop thread only; needs GL.
 */
final class InboxPainter implements CanvasGame.Painter {

    private final InboxNarrator narrator;
    private final GameCanvas canvas;
    private final EmailCard card;

    InboxPainter(InboxNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.canvas = new GameCanvas(texts, textScale);
        this.card = new EmailCard(narrator);
    }

    @Override
    public GameCanvas canvas() {
        return canvas;
    }

    @Override
    public int itemAt(int x, int y) {
        return card.partAt(x, y);
    }

    void draw(InboxRound round) {
        canvas.begin();
        if (round.phase() == InboxRound.Phase.FINISHED) {
            canvas.endScreen(narrator.end(round));
            return;
        }
        ItemScreen screen = ItemScreen.of(canvas);
        canvas.topBar(
                screen.top(),
                narrator.text("game.inbox.title") + "  ·  " + narrator.position(round),
                narrator.score(round));
        drawTimer(round, screen.top());
        Rectangle cardArea = screen.item();
        canvas.clip(cardArea, () -> card.draw(round, cardArea, canvas, canvas.shapes(), canvas.batch()));
        screen.drawButtons(
                canvas,
                round.phase() == InboxRound.Phase.READING
                        ? ItemScreen.verdicts(
                                Keys.P,
                                narrator.text("game.inbox.button.phishing"),
                                Keys.L,
                                narrator.text("game.inbox.button.legitimate"),
                                narrator.text("game.inbox.button.flag"))
                        : ItemScreen.next(narrator.text("game.inbox.button.next")));
        screen.drawSide(
                canvas,
                round.phase() == InboxRound.Phase.FEEDBACK,
                round.feedback()
                        .map(narrator::feedback)
                        .orElseGet(() -> List.of(narrator.text("game.inbox.intro"), narrator.text("game.inbox.help"))),
                round.feedback().map(f -> f.correct() ? Mark.TICK : Mark.CROSS).orElse(Mark.NONE));
    }

    /** The time left as a bar and as words; in its last quarter the bar turns orange and gains stripes. */
    private void drawTimer(InboxRound round, float top) {
        float u = canvas.unit();
        float width = canvas.width();
        float barX = width * 0.45f;
        float barWidth = width * 0.2f;
        float share = (float) round.timeLeft().toMillis() / round.timePerEmail().toMillis();
        ShapeRenderer shapes = canvas.shapes();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.SLATE.color());
        shapes.rect(barX, top * 0.35f, barWidth, top * 0.3f);
        shapes.setColor(share < 0.25f ? Palette.ORANGE.color() : Palette.SKY.color());
        shapes.rect(barX, top * 0.35f, barWidth * share, top * 0.3f);
        if (share < 0.25f) {
            shapes.setColor(Palette.INK.color());
            for (float x = barX; x < barX + barWidth * share; x += u * 0.8f) {
                shapes.rect(x, top * 0.35f, u * 0.2f, top * 0.3f);
            }
        }
        shapes.end();
        canvas.batch().begin();
        canvas.body().setColor(Palette.PAPER.color());
        canvas.body().draw(canvas.batch(), narrator.timeLeft(round), barX + barWidth + u * 0.6f, top * 0.3f);
        canvas.batch().end();
    }
}
