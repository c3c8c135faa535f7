package org.vigil.game.tabletop;

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
import org.vigil.core.training.Difficulty;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.GameCanvas;
import org.vigil.game.gdx.GameCanvas.Button;
import org.vigil.game.gdx.GameCanvas.Mark;
import org.vigil.game.gdx.GameCanvas.PanelText;
import org.vigil.game.gdx.Palette;

/**
 * Draws the exercise at any size: the top bar (title, stage, clock, score, time left), the stage
 * panel (inject, hint on easy, the options with their keys, or the feedback), the impact chart and
 * the Next button. Text size follows the window's height and the player's text scale. Loop thread
 * only; needs GL.
 */
final class TabletopPainter implements CanvasGame.Painter {

    private static final GameCanvas.TextSizes SIZES = new GameCanvas.TextSizes(0.85f, 0.85f, 0.7f, 0.7f);
    private static final PanelText LINES = new PanelText(Set.of(0), true, 0.6f, 0.6f, 0.45f);

    private final TabletopNarrator narrator;
    private final List<String> serviceIds;
    private final List<String> serviceNames;
    private final GameCanvas canvas;
    private final ImpactChart chart = new ImpactChart();
    private final List<Rectangle> optionBoxes = new ArrayList<>();

    TabletopPainter(TabletopNarrator narrator, List<String> services, float textScale) {
        this.narrator = narrator;
        this.serviceIds = List.copyOf(services);
        this.serviceNames = services.stream().map(narrator::assetName).toList();
        this.canvas = new GameCanvas(narrator.glyphs(), textScale, SIZES);
    }

    @Override
    public GameCanvas canvas() {
        return canvas;
    }

    /** The option at a point, or -1. */
    @Override
    public int itemAt(int x, int y) {
        for (int i = 0; i < optionBoxes.size(); i++) {
            if (optionBoxes.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    void draw(TabletopRound round) {
        canvas.begin();
        optionBoxes.clear();
        float u = canvas.unit();
        float width = canvas.width();
        float height = canvas.height();
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
                canvas.shapes(),
                canvas.batch(),
                canvas.bold(),
                canvas.small(),
                new ImpactChart.ChartTexts(
                        narrator.text("game.tabletop.chart.title"),
                        narrator.text("game.tabletop.chart.base"),
                        narrator.text("game.tabletop.chart.yours"),
                        narrator.text("game.tabletop.chart.impact"),
                        narrator.text("game.tabletop.chart.now"),
                        serviceNames));
        if (round.phase() == TabletopRound.Phase.DECIDING) {
            canvas.resetScroll();
            canvas.clip(panel, () -> drawStage(round, panel));
        } else if (round.phase() == TabletopRound.Phase.FEEDBACK) {
            drawFeedback(narrator.feedback(round.feedback().orElseThrow()), panel);
        } else {
            canvas.textPanel(panel, narrator.end(round), Mark.NONE, LINES);
        }
    }

    private void drawTopBar(TabletopRound round, float top) {
        String where = round.phase() == TabletopRound.Phase.FINISHED
                ? narrator.text("game.tabletop.title")
                : narrator.text("game.tabletop.title") + "  ·  " + narrator.position(round) + "  ·  "
                        + narrator.title(round.current());
        String right = narrator.score(round);
        var left = round.timeLeft();
        if (left.isPresent() && round.phase() == TabletopRound.Phase.DECIDING) {
            right = narrator.text("game.tabletop.timeLeft", left.get().toSeconds()) + "  ·  " + right;
        }
        canvas.topBar(top, where, right);
    }

    private void drawStage(TabletopRound round, Rectangle panel) {
        ShapeRenderer shapes = canvas.shapes();
        SpriteBatch batch = canvas.batch();
        GlyphLayout layout = canvas.layout();
        float u = canvas.unit();
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
            BitmapFont font = i == intro.size() - 1 ? canvas.bold() : canvas.body();
            layout.setText(font, intro.get(i), Palette.INK.color(), panel.width - u * 1.2f, Align.left, true);
            font.draw(batch, layout, panel.x + u * 0.6f, y);
            y += layout.height + u * 0.7f;
        }
        batch.end();
        for (int i = 0; i < round.options().size(); i++) {
            String label = narrator.label(round.current(), round.options().get(i));
            layout.setText(canvas.body(), label, Palette.INK.color(), panel.width - u * 3.4f, Align.left, true);
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
            canvas.bold().setColor(Palette.PAPER.color());
            canvas.bold()
                    .draw(
                            batch,
                            Integer.toString(i + 1),
                            box.x + u * 0.3f,
                            box.y + u * 0.5f,
                            u * 1.4f,
                            Align.center,
                            false);
            canvas.body().draw(batch, layout, box.x + u * 2.2f, box.y + u * 0.45f);
            if (focused) {
                canvas.bold().setColor(Palette.BLUE.color());
                canvas.bold().draw(batch, "›", box.x + u * 1.75f, box.y + u * 0.45f);
            }
            batch.end();
            y += box.height + u * 0.5f;
        }
        batch.begin();
        canvas.small().setColor(Palette.SLATE.color());
        canvas.small()
                .draw(
                        batch,
                        narrator.text("game.tabletop.help"),
                        panel.x + u * 0.6f,
                        y + u * 0.2f,
                        panel.width - u * 1.2f,
                        Align.left,
                        true);
        batch.end();
    }

    /** The feedback over the Next button, on one paper panel. */
    private void drawFeedback(List<String> lines, Rectangle panel) {
        float u = canvas.unit();
        float buttonHeight = u * 2.2f;
        canvas.fill(Palette.PAPER, panel.x, panel.y, panel.width, panel.height);
        canvas.textPanel(
                new Rectangle(panel.x, panel.y, panel.width, panel.height - buttonHeight - u * 0.6f),
                lines,
                Mark.NONE,
                LINES);
        canvas.button(
                new Button(Keys.N, "N  " + narrator.text("game.tabletop.button.next"), Palette.BLUE, Palette.PAPER),
                new Rectangle(
                        panel.x + u * 0.4f, panel.y + panel.height - buttonHeight - u * 0.4f, u * 9, buttonHeight),
                false);
    }
}
