package org.vigil.game.fakeshop;

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
 * Draws a round at any size: the top bar (module, position and kind of item, score), the page, the
 * side panel (what to do, or the feedback on the last verdict) and the buttons, each with its key.
 * Text size follows the window's height and the player's text scale. Loop thread only; needs GL.
 */
final class ShopPainter {

    private static final float BASE_HEIGHT = 720f;

    /** The fonts and the size unit the page draws with, from the painter's current text scale. */
    interface Fonts {
        float unit();

        BitmapFont body();

        BitmapFont bold();

        BitmapFont label();

        BitmapFont small();
    }

    /** A button: the key it stands for, its label's key, its fill and text colours. */
    private record Button(int key, String label, Palette fill, Palette text) {}

    private final ShopNarrator narrator;
    private final GameFonts gameFonts;
    private final PageView page;
    private final OrthographicCamera camera = new OrthographicCamera();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final GlyphLayout layout = new GlyphLayout();
    private final Map<Integer, Rectangle> buttons = new LinkedHashMap<>();
    private final Fonts fonts = new Fonts() {
        @Override
        public float unit() {
            return 20f * textScale * height / BASE_HEIGHT;
        }

        @Override
        public BitmapFont body() {
            return gameFonts.regular(Math.round(unit() * 0.9f));
        }

        @Override
        public BitmapFont bold() {
            return gameFonts.bold(Math.round(unit() * 0.9f));
        }

        @Override
        public BitmapFont label() {
            return gameFonts.bold(Math.round(unit() * 0.75f));
        }

        @Override
        public BitmapFont small() {
            return gameFonts.regular(Math.round(unit() * 0.75f));
        }
    };
    private float textScale;
    private float width = 1280;
    private float height = 720;
    private int feedbackScroll;

    ShopPainter(ShopNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.gameFonts = new GameFonts(new BundledFonts(), texts);
        this.page = new PageView(narrator);
        this.textScale = textScale;
        resize(Gdx.graphics.getWidth(), Gdx.graphics.getHeight());
    }

    void resize(int newWidth, int newHeight) {
        if (newWidth > 0 && newHeight > 0) {
            width = newWidth;
            height = newHeight;
            camera.setToOrtho(true, width, height); // y-down, as input events are
            gameFonts.clear();
        }
    }

    void scale(float newScale) {
        textScale = newScale;
        gameFonts.clear();
    }

    void scrollFeedback(int lines) {
        feedbackScroll = Math.max(0, feedbackScroll + lines);
    }

    int partAt(int x, int y) {
        return page.partAt(x, y);
    }

    int buttonAt(int x, int y) {
        return buttons.entrySet().stream()
                .filter(b -> b.getValue().contains(x, y))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Keys.UNKNOWN);
    }

    void draw(ShopRound round) {
        Color canvas = Palette.CANVAS.color();
        Gdx.gl.glClearColor(canvas.r, canvas.g, canvas.b, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        camera.update();
        shapes.setProjectionMatrix(camera.combined);
        batch.setProjectionMatrix(camera.combined);
        if (round.phase() == ShopRound.Phase.FINISHED) {
            drawEnd(round);
            return;
        }
        float u = fonts.unit();
        float top = u * 2.6f;
        drawTopBar(round, top);
        float bottom = u * 3.2f;
        float split = width * 0.6f;
        Rectangle pageArea = new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - bottom - u * 1.2f);
        clip(pageArea, () -> page.draw(round, pageArea, fonts, shapes, batch));
        drawButtons(round, new Rectangle(u, height - bottom, split - 1.5f * u, bottom - u * 0.6f));
        drawSidePanel(
                round,
                new Rectangle(split + 0.5f * u, top + u * 0.6f, width - split - 1.5f * u, height - top - u * 1.6f));
    }

    private void drawTopBar(ShopRound round, float top) {
        float u = fonts.unit();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.INK.color());
        shapes.rect(0, 0, width, top);
        shapes.end();
        batch.begin();
        fonts.bold().setColor(Palette.PAPER.color());
        fonts.bold()
                .draw(
                        batch,
                        narrator.text("game.fakeshop.title") + "  ·  " + narrator.position(round) + "  ·  "
                                + narrator.kindName(round.current().kind()),
                        u,
                        top * 0.3f);
        fonts.body().setColor(Palette.PAPER.color());
        fonts.body()
                .draw(
                        batch,
                        narrator.score(round),
                        width - u - width * 0.2f,
                        top * 0.3f,
                        width * 0.2f,
                        Align.right,
                        false);
        batch.end();
    }

    private void drawButtons(ShopRound round, Rectangle area) {
        buttons.clear();
        boolean inspecting = round.phase() == ShopRound.Phase.INSPECTING;
        List<Button> specs = inspecting
                ? List.of(
                        new Button(Keys.D, "game.fakeshop.button.dontTrust", Palette.ORANGE, Palette.INK),
                        new Button(Keys.T, "game.fakeshop.button.trust", Palette.GREEN, Palette.PAPER),
                        new Button(Keys.SPACE, "game.fakeshop.button.flag", Palette.CLOUD, Palette.INK))
                : List.of(new Button(Keys.N, "game.fakeshop.button.next", Palette.BLUE, Palette.PAPER));
        float u = fonts.unit();
        float gap = u * 0.5f;
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
        if (inspecting) {
            Rectangle distrust = buttons.get(Keys.D);
            ShopMarks.alert(shapes, distrust.x + u, distrust.y + distrust.height / 2, u * 0.55f);
            Rectangle trust = buttons.get(Keys.T);
            ShopMarks.tick(shapes, trust.x + u, trust.y + trust.height / 2, u * 0.55f);
        }
        shapes.end();
        batch.begin();
        for (Button spec : specs) {
            Rectangle box = buttons.get(spec.key());
            String label = narrator.text(spec.label());
            fonts.bold().setColor(spec.text().color());
            layout.setText(fonts.bold(), label);
            fonts.bold()
                    .draw(
                            batch,
                            label,
                            box.x + u * 2,
                            box.y + (box.height - layout.height) / 2,
                            box.width - u * 2.4f,
                            Align.left,
                            false);
        }
        batch.end();
    }

    private void drawSidePanel(ShopRound round, Rectangle area) {
        float u = fonts.unit();
        List<String> lines = round.feedback()
                .map(narrator::feedback)
                .orElseGet(() -> List.of(narrator.text("game.fakeshop.intro"), narrator.text("game.fakeshop.help")));
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        round.feedback().ifPresent(f -> {
            if (f.correct()) {
                ShopMarks.tick(shapes, area.x + u, area.y + u, u * 0.7f);
            } else {
                ShopMarks.cross(shapes, area.x + u, area.y + u, u * 0.7f);
            }
        });
        shapes.end();
        if (round.phase() != ShopRound.Phase.FEEDBACK) {
            feedbackScroll = 0;
        }
        clip(area, () -> {
            batch.begin();
            float y = area.y + u * 0.4f;
            float textX = area.x + u * 2.2f;
            float textWidth = area.width - u * 2.8f;
            for (int i = Math.min(feedbackScroll, lines.size() - 1); i < lines.size(); i++) {
                BitmapFont font = i == 0 ? fonts.bold() : fonts.small();
                font.setColor(Palette.INK.color());
                layout.setText(font, lines.get(i), Palette.INK.color(), textWidth, Align.left, true);
                font.draw(batch, layout, textX, y);
                y += layout.height + u * 0.6f;
            }
            batch.end();
        });
    }

    private void drawEnd(ShopRound round) {
        batch.begin();
        float y = height * 0.3f;
        List<String> lines = narrator.end(round);
        for (int i = 0; i < lines.size(); i++) {
            BitmapFont font = i == 0 ? gameFonts.bold(Math.round(fonts.unit() * 1.8f)) : fonts.body();
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

    void dispose() {
        gameFonts.dispose();
        shapes.dispose();
        batch.dispose();
    }
}
