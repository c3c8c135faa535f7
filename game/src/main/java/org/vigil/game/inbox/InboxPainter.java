package org.vigil.game.inbox;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import java.util.List;
import org.vigil.game.gdx.GameCanvas;
import org.vigil.game.gdx.GameCanvas.Button;
import org.vigil.game.gdx.GameCanvas.Mark;
import org.vigil.game.gdx.Palette;

/**
 * Draws a round at any size: the top bar (module, position, timer as a bar and as words, score), the
 * email card, the side panel (what to do, or the feedback on the last verdict) and the buttons, each
 * with its key. Loop thread only; needs GL.
 */
final class InboxPainter {

    private final InboxNarrator narrator;
    private final GameCanvas canvas;
    private final EmailCard card;

    InboxPainter(InboxNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.canvas = new GameCanvas(texts, textScale);
        this.card = new EmailCard(narrator);
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
        return card.partAt(x, y);
    }

    int buttonAt(int x, int y) {
        return canvas.buttonAt(x, y);
    }

    void draw(InboxRound round) {
        canvas.begin();
        if (round.phase() == InboxRound.Phase.FINISHED) {
            canvas.endScreen(narrator.end(round));
            return;
        }
        float u = canvas.unit();
        float width = canvas.width();
        float height = canvas.height();
        float top = u * 2.6f;
        canvas.topBar(
                top, narrator.text("game.inbox.title") + "  ·  " + narrator.position(round), narrator.score(round));
        drawTimer(round, top);
        float bottom = u * 3.2f;
        float split = width * 0.6f;
        Rectangle cardArea = new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - bottom - u * 1.2f);
        canvas.clip(cardArea, () -> card.draw(round, cardArea, canvas, canvas.shapes(), canvas.batch()));
        drawButtons(round, new Rectangle(u, height - bottom, split - 1.5f * u, bottom - u * 0.6f));
        if (round.phase() != InboxRound.Phase.FEEDBACK) {
            canvas.resetScroll();
        }
        canvas.textPanel(
                new Rectangle(split + 0.5f * u, top + u * 0.6f, width - split - 1.5f * u, height - top - u * 1.6f),
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

    private void drawButtons(InboxRound round, Rectangle area) {
        canvas.clearButtons();
        List<Button> row = round.phase() == InboxRound.Phase.READING
                ? List.of(
                        new Button(
                                Keys.P,
                                narrator.text("game.inbox.button.phishing"),
                                Palette.ORANGE,
                                Palette.INK,
                                Mark.ALERT),
                        new Button(
                                Keys.L,
                                narrator.text("game.inbox.button.legitimate"),
                                Palette.GREEN,
                                Palette.PAPER,
                                Mark.TICK),
                        new Button(Keys.SPACE, narrator.text("game.inbox.button.flag"), Palette.CLOUD, Palette.INK))
                : List.of(new Button(Keys.N, narrator.text("game.inbox.button.next"), Palette.BLUE, Palette.PAPER));
        canvas.buttonRow(area, row, 3);
    }

    void dispose() {
        canvas.dispose();
    }
}
