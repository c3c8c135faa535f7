package org.vigil.game.inbox;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.game.gdx.GameFonts;
import org.vigil.game.gdx.Palette;
import org.vigil.i18n.BundledFonts;

/**
 * Draws a round at any size: the top bar (module, position, timer as a bar and as words, score), the
 * email card, the side panel (what to do, or the feedback on the last verdict) and the buttons, each
 * with its key. Text size follows the window's height and the player's text scale. Loop thread only;
 * needs GL.
 */
final class InboxPainter implements EmailCard.Fonts {

    private static final float BASE_HEIGHT = 720f;

    /** A button: the key it stands for, its label's key, its fill and text colours. */
    private record Button(int key, String label, Palette fill, Palette text) {}

    private final InboxNarrator narrator;
    private final GameFonts fonts;
    private final EmailCard card;
    private final OrthographicCamera camera = new OrthographicCamera();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final GlyphLayout layout = new GlyphLayout();
    private final Map<Integer, Rectangle> buttons = new LinkedHashMap<>();
    private float textScale;
    private float width = 1280;
    private float height = 720;
    private int feedbackScroll;

    InboxPainter(InboxNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.fonts = new GameFonts(new BundledFonts(), texts);
        this.card = new EmailCard(narrator);
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

    int partAt(int x, int y) {
        return card.partAt(x, y);
    }

    int buttonAt(int x, int y) {
        return buttons.entrySet().stream()
                .filter(b -> b.getValue().contains(x, y))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Keys.UNKNOWN);
    }

    void draw(InboxRound round) {
        Color canvas = Palette.CANVAS.color();
        Gdx.gl.glClearColor(canvas.r, canvas.g, canvas.b, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        camera.update();
        shapes.setProjectionMatrix(camera.combined);
        batch.setProjectionMatrix(camera.combined);
        float u = unit();
        float top = u * 2.6f;
        if (round.phase() == InboxRound.Phase.FINISHED) {
            drawEnd(round);
            return;
        }
        drawTopBar(round, top);
        float bottom = u * 3.2f;
        float split = width * 0.6f;
        Rectangle cardArea = new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - bottom - u * 1.2f);
        clip(cardArea, () -> card.draw(round, cardArea, this, shapes, batch));
        drawButtons(round, new Rectangle(u, height - bottom, split - 1.5f * u, bottom - u * 0.6f));
        drawSidePanel(
                round,
                new Rectangle(split + 0.5f * u, top + u * 0.6f, width - split - 1.5f * u, height - top - u * 1.6f));
    }

    private void drawTopBar(InboxRound round, float top) {
        float u = unit();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.INK.color());
        shapes.rect(0, 0, width, top);
        float barX = width * 0.45f;
        float barWidth = width * 0.2f;
        float share = (float) round.timeLeft().toMillis() / round.timePerEmail().toMillis();
        shapes.setColor(Palette.SLATE.color());
        shapes.rect(barX, top * 0.35f, barWidth, top * 0.3f);
        // the bar turns orange and gains stripes in its last quarter: colour and shape tell the same
        shapes.setColor(share < 0.25f ? Palette.ORANGE.color() : Palette.SKY.color());
        shapes.rect(barX, top * 0.35f, barWidth * share, top * 0.3f);
        if (share < 0.25f) {
            shapes.setColor(Palette.INK.color());
            for (float x = barX; x < barX + barWidth * share; x += u * 0.8f) {
                shapes.rect(x, top * 0.35f, u * 0.2f, top * 0.3f);
            }
        }
        shapes.end();
        batch.begin();
        bold().setColor(Palette.PAPER.color());
        bold().draw(batch, narrator.text("game.inbox.title") + "  ·  " + narrator.position(round), u, top * 0.3f);
        body().setColor(Palette.PAPER.color());
        body().draw(batch, narrator.timeLeft(round), barX + barWidth + u * 0.6f, top * 0.3f);
        body().draw(
                        batch,
                        narrator.score(round),
                        width - u - width * 0.2f,
                        top * 0.3f,
                        width * 0.2f,
                        Align.right,
                        false);
        batch.end();
    }

    private void drawButtons(InboxRound round, Rectangle area) {
        buttons.clear();
        boolean reading = round.phase() == InboxRound.Phase.READING;
        List<Button> specs = reading
                ? List.of(
                        new Button(Keys.P, "game.inbox.button.phishing", Palette.ORANGE, Palette.INK),
                        new Button(Keys.L, "game.inbox.button.legitimate", Palette.GREEN, Palette.PAPER),
                        new Button(Keys.SPACE, "game.inbox.button.flag", Palette.CLOUD, Palette.INK))
                : List.of(new Button(Keys.N, "game.inbox.button.next", Palette.BLUE, Palette.PAPER));
        float gap = unit() * 0.5f;
        float w = (area.width - gap * 2) / 3;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        for (int i = 0; i < specs.size(); i++) {
            Rectangle box = new Rectangle(area.x + i * (w + gap), area.y, w, area.height);
            buttons.put(specs.get(i).key(), box);
            shapes.setColor(Palette.INK.color());
            shapes.rect(box.x - 2, box.y - 2, box.width + 4, box.height + 4);
            shapes.setColor(specs.get(i).fill().color());
            shapes.rect(box.x, box.y, box.width, box.height);
        }
        if (reading) {
            Rectangle phishing = buttons.get(Keys.P);
            Marks.alert(shapes, phishing.x + unit(), phishing.y + phishing.height / 2, unit() * 0.55f);
            Rectangle legitimate = buttons.get(Keys.L);
            Marks.tick(shapes, legitimate.x + unit(), legitimate.y + legitimate.height / 2, unit() * 0.55f);
        }
        shapes.end();
        batch.begin();
        for (Button spec : specs) {
            Rectangle box = buttons.get(spec.key());
            String label = narrator.text(spec.label());
            bold().setColor(spec.text().color());
            layout.setText(bold(), label);
            bold().draw(
                            batch,
                            label,
                            box.x + unit() * 2,
                            box.y + (box.height - layout.height) / 2,
                            box.width - unit() * 2.4f,
                            Align.left,
                            false);
        }
        batch.end();
    }

    private void drawSidePanel(InboxRound round, Rectangle area) {
        List<String> lines = round.feedback()
                .map(narrator::feedback)
                .orElseGet(() -> List.of(narrator.text("game.inbox.intro"), narrator.text("game.inbox.help")));
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        round.feedback().ifPresent(f -> {
            if (f.correct()) {
                Marks.tick(shapes, area.x + unit(), area.y + unit(), unit() * 0.7f);
            } else {
                Marks.cross(shapes, area.x + unit(), area.y + unit(), unit() * 0.7f);
            }
        });
        shapes.end();
        if (round.phase() != InboxRound.Phase.FEEDBACK) {
            feedbackScroll = 0;
        }
        clip(area, () -> {
            batch.begin();
            float y = area.y + unit() * 0.4f;
            float textX = area.x + unit() * 2.2f;
            float textWidth = area.width - unit() * 2.8f;
            for (int i = Math.min(feedbackScroll, lines.size() - 1); i < lines.size(); i++) {
                BitmapFont font = i == 0 ? bold() : small();
                font.setColor(Palette.INK.color());
                layout.setText(font, lines.get(i), Palette.INK.color(), textWidth, Align.left, true);
                font.draw(batch, layout, textX, y);
                y += layout.height + unit() * 0.6f;
            }
            batch.end();
        });
    }

    private void drawEnd(InboxRound round) {
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

    /** Draws inside the area only; the scissor box is in the frame's pixels, y-up. */
    private void clip(Rectangle area, Runnable drawing) {
        float pixels = Gdx.graphics.getBackBufferWidth() > 0 ? Gdx.graphics.getBackBufferWidth() / width : 1f;
        Gdx.gl.glEnable(GL20.GL_SCISSOR_TEST);
        Gdx.gl.glScissor(
                Math.round(area.x * pixels),
                Math.round((height - area.y - area.height) * pixels),
                Math.round(area.width * pixels),
                Math.round(area.height * pixels));
        drawing.run();
        Gdx.gl.glDisable(GL20.GL_SCISSOR_TEST);
    }

    @Override
    public float unit() {
        return 20f * textScale * height / BASE_HEIGHT;
    }

    @Override
    public BitmapFont body() {
        return fonts.regular(Math.round(unit() * 0.9f));
    }

    @Override
    public BitmapFont bold() {
        return fonts.bold(Math.round(unit() * 0.9f));
    }

    @Override
    public BitmapFont label() {
        return fonts.bold(Math.round(unit() * 0.75f));
    }

    @Override
    public BitmapFont small() {
        return fonts.regular(Math.round(unit() * 0.75f));
    }

    void dispose() {
        fonts.dispose();
        shapes.dispose();
        batch.dispose();
    }
}
