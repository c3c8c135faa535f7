package org.vigil.game.call;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Align;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.content.call.PhoneCall;
import org.vigil.game.gdx.GameFonts;
import org.vigil.game.gdx.Palette;
import org.vigil.i18n.BundledFonts;

/**
 * Draws a round at any size: the top bar (module, position, score), the phone (who is calling, the
 * number shown, the time, the seconds left on hard rounds, the hang-up button), the transcript so far
 * and the replies as numbered buttons, or the feedback once the call has ended. The selected reply
 * has a marker and a thick border, never colour alone. Loop thread only; needs GL.
 */
final class CallPainter {

    private static final float BASE_HEIGHT = 720f;
    private static final int[] CHOICE_KEYS = {Keys.NUM_1, Keys.NUM_2, Keys.NUM_3, Keys.NUM_4};

    private final CallNarrator narrator;
    private final GameFonts fonts;
    private final OrthographicCamera camera = new OrthographicCamera();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final GlyphLayout layout = new GlyphLayout();
    private final Map<Integer, Rectangle> buttons = new LinkedHashMap<>();
    private float textScale;
    private float width = 1280;
    private float height = 720;
    private int feedbackScroll;

    CallPainter(CallNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.fonts = new GameFonts(new BundledFonts(), texts);
        this.textScale = textScale;
        resize(Gdx.graphics.getWidth(), Gdx.graphics.getHeight());
    }

    void resize(int newWidth, int newHeight) {
        if (newWidth > 0 && newHeight > 0) {
            width = newWidth;
            height = newHeight;
            camera.setToOrtho(true, width, height); // y-down, as input events are
            fonts.clear();
        }
    }

    void scale(float newScale) {
        textScale = newScale;
        fonts.clear();
    }

    void scrollFeedback(int lines) {
        feedbackScroll = Math.max(0, feedbackScroll + lines);
    }

    int buttonAt(int x, int y) {
        return buttons.entrySet().stream()
                .filter(b -> b.getValue().contains(x, y))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Keys.UNKNOWN);
    }

    private float unit() {
        return 20f * textScale * height / BASE_HEIGHT;
    }

    private BitmapFont body() {
        return fonts.regular(Math.round(unit() * 0.85f));
    }

    private BitmapFont bold() {
        return fonts.bold(Math.round(unit() * 0.85f));
    }

    private BitmapFont big() {
        return fonts.bold(Math.round(unit() * 1.3f));
    }

    void draw(CallRound round) {
        Color canvas = Palette.CANVAS.color();
        Gdx.gl.glClearColor(canvas.r, canvas.g, canvas.b, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        camera.update();
        shapes.setProjectionMatrix(camera.combined);
        batch.setProjectionMatrix(camera.combined);
        buttons.clear();
        if (round.phase() == CallRound.Phase.FINISHED) {
            drawEnd(round);
            return;
        }
        float u = unit();
        float top = u * 2.4f;
        drawTopBar(round, top);
        Rectangle phone = new Rectangle(u, top + u, Math.max(width * 0.27f, u * 12), height - top - u * 2);
        drawPhone(round, phone);
        Rectangle right = new Rectangle(phone.x + phone.width + u, top + u, width - phone.width - u * 3, phone.height);
        if (round.phase() == CallRound.Phase.FEEDBACK) {
            drawFeedback(round, right);
        } else {
            feedbackScroll = 0;
            float choicesTop = drawChoices(round, right);
            Rectangle talk = new Rectangle(right.x, right.y, right.width, choicesTop - right.y - u * 0.6f);
            clip(talk, () -> drawTranscript(round, talk));
        }
    }

    private void drawTopBar(CallRound round, float top) {
        float u = unit();
        fill(Palette.INK, 0, 0, width, top);
        batch.begin();
        bold().setColor(Palette.PAPER.color());
        bold().draw(batch, narrator.text("game.call.title") + "  ·  " + narrator.position(round), u, top * 0.3f);
        body().setColor(Palette.PAPER.color());
        body().draw(batch, narrator.score(round), width * 0.6f, top * 0.3f, width * 0.4f - u, Align.right, false);
        batch.end();
    }

    private void drawPhone(CallRound round, Rectangle phone) {
        float u = unit();
        PhoneCall call = round.current();
        fill(Palette.INK, phone.x, phone.y, phone.width, phone.height);
        Rectangle screen = new Rectangle(phone.x + u * 0.5f, phone.y + u * 1.5f, phone.width - u, phone.height - u * 3);
        fill(Palette.SLATE, screen.x, screen.y, screen.width, screen.height);
        float avatar = Math.min(screen.width * 0.2f, u * 2.5f);
        float cx = screen.x + screen.width / 2;
        float cy = screen.y + u * 1.5f + avatar;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.CLOUD.color());
        shapes.circle(cx, cy, avatar, 48);
        shapes.end();
        batch.begin();
        String initial = call.texts().caller().substring(0, 1);
        big().setColor(Palette.INK.color());
        layout.setText(big(), initial);
        big().draw(batch, initial, cx - layout.width / 2, cy - layout.height / 2);
        float y = cy + avatar + u;
        y = centred(narrator.text("game.call.onPhone", call.script().time()), body(), Palette.CLOUD, screen, y);
        y = centred(call.texts().caller(), big(), Palette.PAPER, screen, y + u * 0.4f);
        float timerY = centred(call.texts().number(), bold(), Palette.PAPER, screen, y + u * 0.2f) + u;
        batch.end();
        round.timeLeft().ifPresent(left -> drawTimer(round, screen, timerY, left.toMillis()));
        if (round.phase() == CallRound.Phase.TALKING) {
            Rectangle hangUp = new Rectangle(
                    screen.x + u * 0.6f, screen.y + screen.height - u * 3.2f, screen.width - u * 1.2f, u * 2.4f);
            button(Keys.H, hangUp, narrator.text("game.call.button.hangUp"), Palette.ORANGE, Palette.INK, false);
        }
    }

    private void drawTimer(CallRound round, Rectangle screen, float y, long millisLeft) {
        float u = unit();
        float limit = round.replyLimit().orElseThrow().toMillis();
        float share = Math.max(0, millisLeft / limit);
        float barWidth = screen.width - u * 1.2f;
        fill(Palette.CLOUD, screen.x + u * 0.6f, y, barWidth, u * 0.6f);
        fill(share < 0.3f ? Palette.ORANGE : Palette.SKY, screen.x + u * 0.6f, y, barWidth * share, u * 0.6f);
        batch.begin();
        centred(narrator.text("game.call.timeLeft", (millisLeft + 999) / 1000), bold(), Palette.PAPER, screen, y + u);
        batch.end();
    }

    /** Draws the choices from the bottom up and returns where the topmost starts. */
    private float drawChoices(CallRound round, Rectangle area) {
        float u = unit();
        float y = area.y + area.height;
        float textWidth = area.width - u * 3.2f;
        for (int i = round.choiceCount() - 1; i >= 0; i--) {
            String label = (i + 1) + "   " + narrator.choice(round, i);
            layout.setText(body(), label, Palette.INK.color(), textWidth, Align.left, true);
            float h = layout.height + u * 1.2f;
            y -= h;
            Rectangle box = new Rectangle(area.x, y, area.width, h);
            button(CHOICE_KEYS[i], box, label, Palette.PAPER, Palette.INK, i == round.selected());
            y -= u * 0.4f;
        }
        batch.begin();
        String prompt =
                narrator.text(round.phase() == CallRound.Phase.HUNG_UP ? "game.call.after.prompt" : "game.call.help");
        layout.setText(body(), prompt, Palette.SLATE.color(), area.width, Align.left, true);
        y -= layout.height + u * 0.4f;
        body().draw(batch, layout, area.x, y);
        batch.end();
        return y;
    }

    /** The transcript, newest at the bottom; older lines scroll off the top. */
    private void drawTranscript(CallRound round, Rectangle area) {
        float u = unit();
        List<Turn> turns = round.transcript();
        float bubbleWidth = area.width * 0.78f;
        float y = area.y + area.height - 2; // room for the bubble's frame
        List<Runnable> texts = new ArrayList<>();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        for (int i = turns.size() - 1; i >= 0 && y > area.y; i--) {
            Turn turn = turns.get(i);
            String text = narrator.turn(round.current(), turn);
            GlyphLayout lines =
                    new GlyphLayout(body(), text, Palette.INK.color(), bubbleWidth - u * 1.2f, Align.left, true);
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
            texts.add(() -> body().draw(batch, lines, x + u * 0.6f, textY));
            y -= u * 0.5f;
        }
        shapes.end();
        batch.begin();
        texts.forEach(Runnable::run);
        batch.end();
    }

    private void drawFeedback(CallRound round, Rectangle area) {
        float u = unit();
        CallFeedback feedback = round.feedback().orElseThrow();
        Rectangle next = new Rectangle(area.x, area.y + area.height - u * 2.4f, area.width * 0.5f, u * 2.4f);
        button(Keys.N, next, narrator.text("game.call.button.next"), Palette.BLUE, Palette.PAPER, false);
        Rectangle panel = new Rectangle(area.x, area.y, area.width, area.height - u * 3);
        fill(Palette.PAPER, panel.x, panel.y, panel.width, panel.height);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        mark(feedback.correct(), panel.x + u, panel.y + u, u * 0.6f);
        shapes.end();
        List<String> lines = narrator.feedback(feedback);
        clip(panel, () -> {
            batch.begin();
            float y = panel.y + u * 0.4f;
            float textWidth = panel.width - u * 2.8f;
            for (int i = Math.min(feedbackScroll, lines.size() - 1); i < lines.size(); i++) {
                BitmapFont font = i == 0 ? bold() : body();
                layout.setText(font, lines.get(i), Palette.INK.color(), textWidth, Align.left, true);
                font.draw(batch, layout, panel.x + u * 2.2f, y);
                y += layout.height + u * 0.5f;
            }
            batch.end();
        });
    }

    /** A tick for a safe end, a cross for an unsafe one: the headline says it in words too. */
    private void mark(boolean safe, float x, float y, float size) {
        shapes.setColor((safe ? Palette.GREEN : Palette.ORANGE).color());
        if (safe) {
            shapes.rectLine(x - size, y, x - size * 0.3f, y + size * 0.7f, size * 0.3f);
            shapes.rectLine(x - size * 0.3f, y + size * 0.7f, x + size, y - size * 0.8f, size * 0.3f);
        } else {
            shapes.rectLine(x - size, y - size, x + size, y + size, size * 0.3f);
            shapes.rectLine(x - size, y + size, x + size, y - size, size * 0.3f);
        }
    }

    private void drawEnd(CallRound round) {
        batch.begin();
        float y = height * 0.3f;
        List<String> lines = narrator.end(round);
        for (int i = 0; i < lines.size(); i++) {
            BitmapFont font = i == 0 ? fonts.bold(Math.round(unit() * 1.8f)) : body();
            font.setColor(Palette.INK.color());
            font.draw(batch, lines.get(i), 0, y, width, Align.center, true);
            y += font.getLineHeight() * 1.6f;
        }
        batch.end();
    }

    /** A button for a key: framed, filled, its label (which names the key); selected ones get a marker. */
    private void button(int key, Rectangle box, String label, Palette fill, Palette text, boolean selected) {
        float u = unit();
        buttons.put(key, box);
        float frame = selected ? 4 : 2;
        fill(
                selected ? Palette.INK : Palette.MIST,
                box.x - frame,
                box.y - frame,
                box.width + 2 * frame,
                box.height + 2 * frame);
        fill(fill, box.x, box.y, box.width, box.height);
        batch.begin();
        BitmapFont font = selected ? bold() : body();
        layout.setText(font, label, text.color(), box.width - u * 2.6f, Align.left, true);
        font.draw(batch, layout, box.x + u * 1.8f, box.y + (box.height - layout.height) / 2);
        if (selected) {
            bold().setColor(Palette.INK.color());
            bold().draw(batch, "›", box.x + u * 0.5f, box.y + (box.height - layout.height) / 2);
        }
        batch.end();
    }

    private float centred(String text, BitmapFont font, Palette colour, Rectangle area, float y) {
        layout.setText(font, text, colour.color(), area.width - unit(), Align.center, true);
        font.draw(batch, layout, area.x + unit() / 2, y);
        return y + layout.height + unit() * 0.4f;
    }

    private void fill(Palette colour, float x, float y, float w, float h) {
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(colour.color());
        shapes.rect(x, y, w, h);
        shapes.end();
    }

    /** Draws inside the area only; the scissor box is in the frame's pixels, y-up. */
    private void clip(Rectangle area, Runnable drawing) {
        float pixels = Gdx.graphics.getBackBufferWidth() > 0 ? Gdx.graphics.getBackBufferWidth() / width : 1f;
        Gdx.gl.glEnable(GL20.GL_SCISSOR_TEST);
        Gdx.gl.glScissor(
                Math.round(area.x * pixels),
                Math.round((height - area.y - area.height) * pixels),
                Math.round(area.width * pixels),
                Math.max(0, Math.round(area.height * pixels)));
        drawing.run();
        Gdx.gl.glDisable(GL20.GL_SCISSOR_TEST);
    }

    void dispose() {
        fonts.dispose();
        shapes.dispose();
        batch.dispose();
    }
}
