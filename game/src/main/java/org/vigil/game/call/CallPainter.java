package org.vigil.game.call;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.content.call.PhoneCall;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.GameCanvas;
import org.vigil.game.gdx.GameCanvas.Button;
import org.vigil.game.gdx.GameCanvas.Mark;
import org.vigil.game.gdx.GameCanvas.PanelText;
import org.vigil.game.gdx.Palette;

/**
 * Draws a round at any size: the top bar (module, position, score), the phone (who is calling, the
 * number shown, the time, the seconds left on hard rounds, the hang-up button), the transcript so far
 * and the replies as numbered buttons, or the feedback once the call has ended. The selected reply
 * has a marker and a thick border, never colour alone. Loop thread only; needs GL.
 */
final class CallPainter implements CanvasGame.Painter {

    private static final int[] CHOICE_KEYS = {Keys.NUM_1, Keys.NUM_2, Keys.NUM_3, Keys.NUM_4};
    private static final GameCanvas.TextSizes SIZES = new GameCanvas.TextSizes(0.85f, 0.85f, 0.7f, 0.7f);
    private static final PanelText FEEDBACK = new PanelText(Set.of(0), false, 2.2f, 0.6f, 0.5f);

    private final CallNarrator narrator;
    private final GameCanvas canvas;

    CallPainter(CallNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.canvas = new GameCanvas(texts, textScale, SIZES);
    }

    @Override
    public GameCanvas canvas() {
        return canvas;
    }

    void draw(CallRound round) {
        canvas.begin();
        if (round.phase() == CallRound.Phase.FINISHED) {
            canvas.endScreen(narrator.end(round));
            return;
        }
        float u = canvas.unit();
        float width = canvas.width();
        float height = canvas.height();
        float top = u * 2.4f;
        canvas.topBar(
                top, narrator.text("game.call.title") + "  ·  " + narrator.position(round), narrator.score(round));
        Rectangle phone = new Rectangle(u, top + u, Math.max(width * 0.27f, u * 12), height - top - u * 2);
        drawPhone(round, phone);
        Rectangle right = new Rectangle(phone.x + phone.width + u, top + u, width - phone.width - u * 3, phone.height);
        if (round.phase() == CallRound.Phase.FEEDBACK) {
            drawFeedback(round, right);
        } else {
            canvas.resetScroll();
            float choicesTop = drawChoices(round, right);
            Rectangle talk = new Rectangle(right.x, right.y, right.width, choicesTop - right.y - u * 0.6f);
            canvas.clip(talk, () -> drawTranscript(round, talk));
        }
    }

    private void drawPhone(CallRound round, Rectangle phone) {
        ShapeRenderer shapes = canvas.shapes();
        SpriteBatch batch = canvas.batch();
        GlyphLayout layout = canvas.layout();
        float u = canvas.unit();
        PhoneCall call = round.current();
        canvas.fill(Palette.INK, phone.x, phone.y, phone.width, phone.height);
        Rectangle screen = new Rectangle(phone.x + u * 0.5f, phone.y + u * 1.5f, phone.width - u, phone.height - u * 3);
        canvas.fill(Palette.SLATE, screen.x, screen.y, screen.width, screen.height);
        float avatar = Math.min(screen.width * 0.2f, u * 2.5f);
        float cx = screen.x + screen.width / 2;
        float cy = screen.y + u * 1.5f + avatar;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.CLOUD.color());
        shapes.circle(cx, cy, avatar, 48);
        shapes.end();
        batch.begin();
        String initial = call.texts().caller().substring(0, 1);
        BitmapFont big = canvas.heading(1.3f);
        big.setColor(Palette.INK.color());
        layout.setText(big, initial);
        big.draw(batch, initial, cx - layout.width / 2, cy - layout.height / 2);
        float y = cy + avatar + u;
        y = centred(narrator.text("game.call.onPhone", call.script().time()), canvas.body(), Palette.CLOUD, screen, y);
        y = centred(call.texts().caller(), big, Palette.PAPER, screen, y + u * 0.4f);
        float timerY = centred(call.texts().number(), canvas.bold(), Palette.PAPER, screen, y + u * 0.2f) + u;
        batch.end();
        round.timeLeft().ifPresent(left -> drawTimer(round, screen, timerY, left.toMillis()));
        if (round.phase() == CallRound.Phase.TALKING) {
            Rectangle hangUp = new Rectangle(
                    screen.x + u * 0.6f, screen.y + screen.height - u * 3.2f, screen.width - u * 1.2f, u * 2.4f);
            canvas.button(
                    new Button(Keys.H, narrator.text("game.call.button.hangUp"), Palette.ORANGE, Palette.INK),
                    hangUp,
                    false);
        }
    }

    private void drawTimer(CallRound round, Rectangle screen, float y, long millisLeft) {
        SpriteBatch batch = canvas.batch();
        float u = canvas.unit();
        float limit = round.replyLimit().orElseThrow().toMillis();
        float share = Math.max(0, millisLeft / limit);
        float barWidth = screen.width - u * 1.2f;
        canvas.fill(Palette.CLOUD, screen.x + u * 0.6f, y, barWidth, u * 0.6f);
        canvas.fill(share < 0.3f ? Palette.ORANGE : Palette.SKY, screen.x + u * 0.6f, y, barWidth * share, u * 0.6f);
        batch.begin();
        centred(
                narrator.text("game.call.timeLeft", (millisLeft + 999) / 1000),
                canvas.bold(),
                Palette.PAPER,
                screen,
                y + u);
        batch.end();
    }

    /** Draws the choices from the bottom up and returns where the topmost starts. */
    private float drawChoices(CallRound round, Rectangle area) {
        SpriteBatch batch = canvas.batch();
        GlyphLayout layout = canvas.layout();
        float u = canvas.unit();
        float y = area.y + area.height;
        for (int i = round.choiceCount() - 1; i >= 0; i--) {
            Button choice =
                    new Button(CHOICE_KEYS[i], (i + 1) + "   " + narrator.choice(round, i), Palette.PAPER, Palette.INK);
            float h = canvas.choiceTextHeight(choice, area.width) + u * 1.2f;
            y -= h;
            canvas.choice(choice, new Rectangle(area.x, y, area.width, h), i == round.selected());
            y -= u * 0.4f;
        }
        batch.begin();
        String prompt =
                narrator.text(round.phase() == CallRound.Phase.HUNG_UP ? "game.call.after.prompt" : "game.call.help");
        layout.setText(canvas.body(), prompt, Palette.SLATE.color(), area.width, Align.left, true);
        y -= layout.height + u * 0.4f;
        canvas.body().draw(batch, layout, area.x, y);
        batch.end();
        return y;
    }

    /** The transcript, newest at the bottom; older lines scroll off the top. */
    private void drawTranscript(CallRound round, Rectangle area) {
        ShapeRenderer shapes = canvas.shapes();
        SpriteBatch batch = canvas.batch();
        float u = canvas.unit();
        List<Turn> turns = round.transcript();
        float bubbleWidth = area.width * 0.78f;
        float y = area.y + area.height - 2; // room for the bubble's frame
        List<Runnable> texts = new ArrayList<>();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        for (int i = turns.size() - 1; i >= 0 && y > area.y; i--) {
            Turn turn = turns.get(i);
            String text = narrator.turn(round.current(), turn);
            GlyphLayout lines =
                    new GlyphLayout(canvas.body(), text, Palette.INK.color(), bubbleWidth - u * 1.2f, Align.left, true);
            float h = lines.height + u * 1.2f;
            y -= h;
            float x = switch (turn.speaker()) {
                case CALLER -> area.x;
                case PLAYER -> area.x + area.width - bubbleWidth;
                case EVENT -> area.x + (area.width - bubbleWidth) / 2;
            };
            Palette fill = switch (turn.speaker()) {
                case CALLER -> Palette.PAPER;
                case PLAYER -> Palette.SKY;
                case EVENT -> Palette.CLOUD;
            };
            shapes.setColor(Palette.MIST.color());
            shapes.rect(x - 1, y - 1, bubbleWidth + 2, h + 2);
            shapes.setColor(fill.color());
            shapes.rect(x, y, bubbleWidth, h);
            float textY = y + u * 0.6f;
            texts.add(() -> canvas.body().draw(batch, lines, x + u * 0.6f, textY));
            y -= u * 0.5f;
        }
        shapes.end();
        batch.begin();
        texts.forEach(Runnable::run);
        batch.end();
    }

    private void drawFeedback(CallRound round, Rectangle area) {
        float u = canvas.unit();
        CallFeedback feedback = round.feedback().orElseThrow();
        Rectangle next = new Rectangle(area.x, area.y + area.height - u * 2.4f, area.width * 0.5f, u * 2.4f);
        canvas.button(
                new Button(Keys.N, narrator.text("game.call.button.next"), Palette.BLUE, Palette.PAPER), next, false);
        canvas.textPanel(
                new Rectangle(area.x, area.y, area.width, area.height - u * 3),
                narrator.feedback(feedback),
                feedback.correct() ? Mark.TICK : Mark.CROSS,
                FEEDBACK);
    }

    private float centred(String text, BitmapFont font, Palette colour, Rectangle area, float y) {
        SpriteBatch batch = canvas.batch();
        GlyphLayout layout = canvas.layout();
        layout.setText(font, text, colour.color(), area.width - canvas.unit(), Align.center, true);
        font.draw(batch, layout, area.x + canvas.unit() / 2, y);
        return y + layout.height + canvas.unit() * 0.4f;
    }
}
