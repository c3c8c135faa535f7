package org.vigil.game.tabletop;

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
import java.util.List;
import org.vigil.core.training.Difficulty;
import org.vigil.game.gdx.GameFonts;
import org.vigil.game.gdx.Palette;
import org.vigil.i18n.BundledFonts;

/**
 * Draws the exercise at any size: the top bar (title, stage, clock, score, time left), the stage
 * panel (inject, hint on easy, the options with their keys, or the feedback), the impact chart and
 * the Next button. Text size follows the window's height and the player's text scale. Loop thread
 * only; needs GL.
 */
final class TabletopPainter {

    private static final float BASE_HEIGHT = 720f;

    private final TabletopNarrator narrator;
    private final List<String> serviceIds;
    private final List<String> serviceNames;
    private final GameFonts fonts;
    private final ImpactChart chart = new ImpactChart();
    private final OrthographicCamera camera = new OrthographicCamera();
    private final ShapeRenderer shapes = new ShapeRenderer();
    private final SpriteBatch batch = new SpriteBatch();
    private final GlyphLayout layout = new GlyphLayout();
    private final List<Rectangle> optionBoxes = new ArrayList<>();
    private Rectangle nextButton = new Rectangle();
    private float textScale;
    private int feedbackScroll;
    private float width = 1280;
    private float height = 720;

    TabletopPainter(TabletopNarrator narrator, List<String> services, float textScale) {
        this.narrator = narrator;
        this.serviceIds = List.copyOf(services);
        this.serviceNames = services.stream().map(narrator::assetName).toList();
        this.fonts = new GameFonts(new BundledFonts(), narrator.glyphs());
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

    /** Scrolls the feedback by lines, for feedback longer than the panel. */
    void scrollFeedback(int lines) {
        feedbackScroll = Math.max(0, feedbackScroll + lines);
    }

    int optionAt(int x, int y) {
        for (int i = 0; i < optionBoxes.size(); i++) {
            if (optionBoxes.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    int buttonAt(int x, int y) {
        return nextButton.contains(x, y) ? Keys.N : Keys.UNKNOWN;
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

    private BitmapFont small() {
        return fonts.regular(Math.round(unit() * 0.7f));
    }

    void draw(TabletopRound round) {
        Color canvas = Palette.CANVAS.color();
        Gdx.gl.glClearColor(canvas.r, canvas.g, canvas.b, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        Gdx.gl.glEnable(GL20.GL_BLEND);
        camera.update();
        shapes.setProjectionMatrix(camera.combined);
        batch.setProjectionMatrix(camera.combined);
        optionBoxes.clear();
        nextButton = new Rectangle();
        float u = unit();
        float top = u * 2.4f;
        drawTopBar(round, top);
        float split = width * 0.56f;
        Rectangle panel = new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - u * 1.2f);
        Rectangle chartArea = new Rectangle(split, top + u * 0.6f, width - split - u, height - top - u * 1.2f);
        double now = round.phase() == TabletopRound.Phase.FINISHED
                ? round.stage(round.size() - 1).minute()
                : round.current().minute();
        chart.draw(
                ImpactCurves.of(
                        serviceIds,
                        round.base().result().horizons(),
                        round.base().result(),
                        round.situation().result(),
                        now),
                chartArea,
                shapes,
                batch,
                bold(),
                small(),
                new ImpactChart.ChartTexts(
                        narrator.text("game.tabletop.chart.title"),
                        narrator.text("game.tabletop.chart.base"),
                        narrator.text("game.tabletop.chart.yours"),
                        narrator.text("game.tabletop.chart.impact"),
                        narrator.text("game.tabletop.chart.now"),
                        serviceNames));
        clip(panel, () -> {
            if (round.phase() == TabletopRound.Phase.DECIDING) {
                feedbackScroll = 0;
                drawStage(round, panel);
            } else {
                drawLines(
                        round.phase() == TabletopRound.Phase.FEEDBACK
                                ? narrator.feedback(round.feedback().orElseThrow())
                                : narrator.end(round),
                        panel,
                        round.phase() == TabletopRound.Phase.FEEDBACK);
            }
        });
    }

    private void drawTopBar(TabletopRound round, float top) {
        float u = unit();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.INK.color());
        shapes.rect(0, 0, width, top);
        shapes.end();
        batch.begin();
        bold().setColor(Palette.PAPER.color());
        String where = round.phase() == TabletopRound.Phase.FINISHED
                ? narrator.text("game.tabletop.title")
                : narrator.text("game.tabletop.title") + "  ·  " + narrator.position(round) + "  ·  "
                        + narrator.title(round.current());
        bold().draw(batch, where, u, top * 0.3f, width * 0.72f, Align.left, false);
        String right = narrator.score(round);
        var left = round.timeLeft();
        if (left.isPresent() && round.phase() == TabletopRound.Phase.DECIDING) {
            right = narrator.text("game.tabletop.timeLeft", left.get().toSeconds()) + "  ·  " + right;
        }
        body().setColor(Palette.PAPER.color());
        body().draw(batch, right, width * 0.72f, top * 0.3f, width * 0.28f - u, Align.right, false);
        batch.end();
    }

    private void drawStage(TabletopRound round, Rectangle panel) {
        float u = unit();
        List<String> intro = new ArrayList<>();
        intro.add(narrator.inject(round.current()));
        if (round.difficulty() == Difficulty.EASY) {
            intro.add(narrator.hint(round.current()));
        }
        intro.add(narrator.text("game.tabletop.question"));
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(panel.x, panel.y, panel.width, panel.height);
        shapes.end();
        batch.begin();
        float y = panel.y + u * 0.5f;
        for (int i = 0; i < intro.size(); i++) {
            BitmapFont font = i == intro.size() - 1 ? bold() : body();
            layout.setText(font, intro.get(i), Palette.INK.color(), panel.width - u * 1.2f, Align.left, true);
            font.draw(batch, layout, panel.x + u * 0.6f, y);
            y += layout.height + u * 0.7f;
        }
        batch.end();
        for (int i = 0; i < round.options().size(); i++) {
            String label = narrator.label(round.current(), round.options().get(i));
            layout.setText(body(), label, Palette.INK.color(), panel.width - u * 3.4f, Align.left, true);
            Rectangle box = new Rectangle(panel.x + u * 0.4f, y, panel.width - u * 0.8f, layout.height + u * 0.9f);
            optionBoxes.add(box);
            boolean focused = i == round.focusedOption();
            shapes.begin(ShapeRenderer.ShapeType.Filled);
            shapes.setColor((focused ? Palette.BLUE : Palette.MIST).color());
            float border = focused ? 4 : 1.5f; // the focus shows by a thick border and the › mark, not colour alone
            shapes.rect(box.x - border, box.y - border, box.width + 2 * border, box.height + 2 * border);
            shapes.setColor(Palette.CLOUD.color());
            shapes.rect(box.x, box.y, box.width, box.height);
            shapes.setColor(Palette.INK.color());
            shapes.rect(box.x + u * 0.3f, box.y + u * 0.3f, u * 1.4f, u * 1.4f);
            shapes.end();
            batch.begin();
            bold().setColor(Palette.PAPER.color());
            bold().draw(
                            batch,
                            Integer.toString(i + 1),
                            box.x + u * 0.3f,
                            box.y + u * 0.5f,
                            u * 1.4f,
                            Align.center,
                            false);
            body().draw(batch, layout, box.x + u * 2.2f, box.y + u * 0.45f);
            if (focused) {
                bold().setColor(Palette.BLUE.color());
                bold().draw(batch, "›", box.x + u * 1.75f, box.y + u * 0.45f);
            }
            batch.end();
            y += box.height + u * 0.5f;
        }
        batch.begin();
        small().setColor(Palette.SLATE.color());
        small().draw(
                        batch,
                        narrator.text("game.tabletop.help"),
                        panel.x + u * 0.6f,
                        y + u * 0.2f,
                        panel.width - u * 1.2f,
                        Align.left,
                        true);
        batch.end();
    }

    private void drawLines(List<String> lines, Rectangle panel, boolean withNext) {
        float u = unit();
        float buttonHeight = withNext ? u * 2.2f : 0;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(panel.x, panel.y, panel.width, panel.height);
        if (withNext) {
            nextButton = new Rectangle(
                    panel.x + u * 0.4f, panel.y + panel.height - buttonHeight - u * 0.4f, u * 9, buttonHeight);
            shapes.setColor(Palette.INK.color());
            shapes.rect(nextButton.x - 2, nextButton.y - 2, nextButton.width + 4, nextButton.height + 4);
            shapes.setColor(Palette.BLUE.color());
            shapes.rect(nextButton.x, nextButton.y, nextButton.width, nextButton.height);
        }
        shapes.end();
        batch.begin();
        float y = panel.y + u * 0.4f;
        float limit = panel.y + panel.height - buttonHeight - u * 0.6f;
        for (int i = Math.min(feedbackScroll, lines.size() - 1); i < lines.size() && y < limit; i++) {
            BitmapFont font = i == 0 ? bold() : small();
            layout.setText(font, lines.get(i), Palette.INK.color(), panel.width - u * 1.2f, Align.left, true);
            font.draw(batch, layout, panel.x + u * 0.6f, y);
            y += layout.height + u * 0.45f;
        }
        if (withNext) {
            bold().setColor(Palette.PAPER.color());
            bold().draw(
                            batch,
                            "N  " + narrator.text("game.tabletop.button.next"),
                            nextButton.x,
                            nextButton.y + (nextButton.height - bold().getCapHeight()) / 2 - u * 0.1f,
                            nextButton.width,
                            Align.center,
                            false);
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
        fonts.dispose();
        shapes.dispose();
        batch.dispose();
    }
}
