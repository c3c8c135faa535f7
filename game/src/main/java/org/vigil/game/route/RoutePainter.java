package org.vigil.game.route;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.utils.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.content.route.DeliveryRound;
import org.vigil.game.gdx.CanvasGame;
import org.vigil.game.gdx.GameCanvas;
import org.vigil.game.gdx.GameCanvas.Button;
import org.vigil.game.gdx.GameCanvas.Mark;
import org.vigil.game.gdx.GameCanvas.PanelText;
import org.vigil.game.gdx.Palette;

/**
 * Draws a shift at any size: the top bar (module, delivery, difficulty, score), the map on the left, and on
 * the right the briefing with the mitigations to choose, the drive's events, or the debrief; buttons show
 * their keys. Text size follows the window's height and the player's text scale. Loop thread only; needs GL.
 */
final class RoutePainter implements CanvasGame.Painter {

    private static final GameCanvas.TextSizes SIZES = new GameCanvas.TextSizes(0.85f, 0.9f, 0.7f, 0.7f);
    private static final PanelText PLANNING = new PanelText(Set.of(0, 2), false, 0.6f, 1.8f, 0.55f);
    private static final PanelText DRIVE = new PanelText(Set.of(0), false, 0.6f, 1.8f, 0.55f);
    private static final PanelText FEEDBACK = new PanelText(Set.of(0, 1), false, 0.6f, 1.8f, 0.55f);

    private final RouteNarrator narrator;
    private final GameCanvas canvas;
    private final MapView map;
    private final List<Rectangle> rows = new ArrayList<>();

    RoutePainter(RouteNarrator narrator, CharSequence texts, float textScale) {
        this.narrator = narrator;
        this.canvas = new GameCanvas(texts, textScale, SIZES);
        this.map = new MapView(narrator);
    }

    @Override
    public GameCanvas canvas() {
        return canvas;
    }

    /** The mitigation row at a point, or -1. */
    @Override
    public int itemAt(int x, int y) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    void draw(RouteShift shift, float progress) {
        canvas.begin();
        rows.clear();
        if (shift.phase() == RouteShift.Phase.FINISHED) {
            canvas.endScreen(narrator.end(shift));
            return;
        }
        float u = canvas.unit();
        float width = canvas.width();
        float height = canvas.height();
        float top = u * 2.4f;
        canvas.topBar(
                top,
                narrator.text("game.route.title") + "  ·  " + narrator.position(shift) + "  ·  "
                        + narrator.in(shift.current().title()) + "  ·  " + narrator.difficulty(shift),
                narrator.score(shift));
        float split = width * 0.52f;
        Rectangle mapArea = new Rectangle(u, top + u * 0.6f, split - 1.5f * u, height - top - u * 1.2f);
        canvas.clip(
                mapArea,
                () -> map.draw(
                        shift, progress, mapArea, u, canvas.shapes(), canvas.batch(), canvas.small(), canvas.label()));
        float bottom = u * 2.8f;
        Rectangle side = new Rectangle(split, top + u * 0.6f, width - split - u, height - top - bottom - u * 1.2f);
        Rectangle buttonArea = new Rectangle(split, height - bottom - u * 0.2f, width - split - u, bottom - u * 0.4f);
        switch (shift.phase()) {
            case PLANNING -> drawPlanning(shift, side);
            case DRIVING -> drawDrive(shift, side, progress);
            default -> drawFeedback(shift, side);
        }
        drawButtons(shift, buttonArea, progress);
    }

    private void drawPlanning(RouteShift shift, Rectangle side) {
        ShapeRenderer shapes = canvas.shapes();
        SpriteBatch batch = canvas.batch();
        float u = canvas.unit();
        int count = shift.mitigations().size();
        float rowHeight = u * 1.45f;
        float listHeight = rowHeight * count + u * 1.6f;
        Rectangle text = new Rectangle(side.x, side.y, side.width, side.height - listHeight - u * 0.4f);
        DeliveryRound round = shift.current();
        List<String> lines = new ArrayList<>();
        lines.add(narrator.text("game.route.briefing"));
        lines.add(narrator.in(round.briefing()));
        lines.add(narrator.text("game.route.signals"));
        round.cues().forEach(c -> lines.add("•  " + narrator.in(c.signal())));
        lines.add(narrator.help(shift));
        canvas.textPanel(text, lines, Mark.NONE, PLANNING);

        float y = side.y + side.height - listHeight;
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(side.x, y, side.width, listHeight);
        for (int i = 0; i < count; i++) {
            Rectangle row = new Rectangle(
                    side.x + u * 0.4f, y + u * 1.4f + i * rowHeight, side.width - u * 0.8f, rowHeight - 4);
            rows.add(row);
            if (i == shift.focused()) {
                shapes.setColor(Palette.BLUE.color());
                shapes.rect(row.x - 3, row.y - 3, row.width + 6, row.height + 6);
            }
            shapes.setColor(shift.isChosen(i) ? Palette.SKY.color() : Palette.CLOUD.color());
            shapes.rect(row.x, row.y, row.width, row.height);
            checkbox(row.x + u * 0.3f, row.y + (row.height - u * 0.8f) / 2, u * 0.8f, shift.isChosen(i));
        }
        shapes.end();
        batch.begin();
        canvas.bold().setColor(Palette.INK.color());
        canvas.bold()
                .draw(
                        batch,
                        narrator.text("game.route.mitigations") + "  ·  " + narrator.budget(shift),
                        side.x + u * 0.4f,
                        y + u * 0.3f);
        for (int i = 0; i < count; i++) {
            Rectangle row = rows.get(i);
            float textY = row.y + (row.height - canvas.body().getCapHeight()) / 2 - 2;
            canvas.body().setColor(Palette.INK.color());
            String line = narrator.mitigationLine(shift, i);
            canvas.body()
                    .draw(
                            batch,
                            line,
                            row.x + u * 1.5f,
                            textY,
                            0,
                            line.length(),
                            row.width * 0.72f - u * 1.5f,
                            Align.left,
                            false,
                            "…");
            canvas.label().setColor(Palette.INK.color());
            canvas.label()
                    .draw(
                            batch,
                            narrator.text(shift.isChosen(i) ? "game.route.chosen" : "game.route.notChosen"),
                            row.x + row.width * 0.74f,
                            textY,
                            row.width * 0.26f - u * 0.3f,
                            Align.right,
                            false);
        }
        batch.end();
    }

    private void checkbox(float x, float y, float size, boolean ticked) {
        ShapeRenderer shapes = canvas.shapes();
        shapes.setColor(Palette.INK.color());
        shapes.rect(x, y, size, size);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(x + 2, y + 2, size - 4, size - 4);
        if (ticked) {
            shapes.setColor(Palette.INK.color());
            shapes.rectLine(x + size * 0.2f, y + size * 0.55f, x + size * 0.42f, y + size * 0.78f, size * 0.14f);
            shapes.rectLine(x + size * 0.42f, y + size * 0.78f, x + size * 0.82f, y + size * 0.25f, size * 0.14f);
        }
    }

    private void drawDrive(RouteShift shift, Rectangle side, float progress) {
        RoundReport report = shift.report().orElseThrow();
        DeliveryRound round = report.round();
        List<String> lines = new ArrayList<>();
        lines.add(narrator.text("game.route.drive.title"));
        lines.add(narrator.driveStart(shift, report));
        report.steps().subList(0, shift.revealed()).forEach(s -> lines.add(narrator.step(round, s)));
        if (progress >= round.route().size() - 1) {
            if (!round.malicious()) {
                lines.add(narrator.quietDrive(round));
            }
            lines.add(narrator.text("game.route.drive.over"));
        }
        canvas.textPanel(side, lines, Mark.NONE, DRIVE);
    }

    private void drawFeedback(RouteShift shift, Rectangle side) {
        RoundReport report = shift.report().orElseThrow();
        float u = canvas.unit();
        List<String> lines = new ArrayList<>();
        lines.add(narrator.text("game.route.feedback.title"));
        lines.addAll(narrator.feedback(report));
        canvas.textPanel(side, lines, Mark.NONE, FEEDBACK);
        ShapeRenderer shapes = canvas.shapes();
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        Vector2 mark = new Vector2(side.x + side.width - u * 1.2f, side.y + u * 1.0f);
        MapView.marker(shapes, report.correct() ? StepResult.BLOCKED : StepResult.ACHIEVED, mark, u * 0.6f);
        shapes.end();
    }

    private void drawButtons(RouteShift shift, Rectangle area, float progress) {
        List<Button> row = switch (shift.phase()) {
            case PLANNING ->
                List.of(
                        button(Keys.E, "game.route.button.escalate", Palette.ORANGE, Palette.INK),
                        button(Keys.C, "game.route.button.carryOn", Palette.GREEN, Palette.PAPER));
            case DRIVING ->
                List.of(button(
                        Keys.N,
                        progress >= shift.current().route().size() - 1
                                ? "game.route.button.next"
                                : "game.route.button.skip",
                        Palette.BLUE,
                        Palette.PAPER));
            default -> List.of(button(Keys.N, "game.route.button.next", Palette.BLUE, Palette.PAPER));
        };
        canvas.buttonRow(area, row, 2);
    }

    private Button button(int key, String label, Palette fill, Palette ink) {
        return new Button(key, narrator.text(label), fill, ink);
    }
}
